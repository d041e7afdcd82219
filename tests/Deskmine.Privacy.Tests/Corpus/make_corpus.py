#!/usr/bin/env python3
"""Writes planted-secrets.jsonl: real-looking secrets of every category the filter covers, each in many evasions.

Run from this folder: python3 make_corpus.py. Every line: category, evasion, secret, text (the secret planted in
context). The file is committed; the script documents how it was made and can add categories."""
import json
import urllib.parse

ZW = "\u200b"
NBSP = "\u00a0"


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def zero_width(s):
    return ZW.join(s)


def soft_hyphens(s):
    return "\u00ad".join(s)


def arabic_digits(s):
    return "".join(chr(0x0660 + int(c)) if c.isdigit() else c for c in s)


def percent(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def mixed_case(s):
    return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(s))


def regroup(digits, sep, size=4):
    return sep.join(digits[i:i + size] for i in range(0, len(digits), size))


def number_evasions(compact, size=4):
    """Separators between digit groups and character-level evasions of a number (or IBAN)."""
    out = {
        "plain": compact,
        "spaces": regroup(compact, " ", size),
        "double-spaces": regroup(compact, "  ", size),
        "dots": regroup(compact, ".", size),
        "slashes": regroup(compact, "/", size),
        "spaced-dash": regroup(compact, " - ", size),
        "dashes": regroup(compact, "-", size),
        "underscores": regroup(compact, "_", size),
        "nbsp": regroup(compact, NBSP, size),
        "narrow-nbsp": regroup(compact, "\u202f", size),
        "en-dash": regroup(compact, "\u2013", size),
        "pairs": regroup(compact, " ", 2),
        "single-digits": regroup(compact, " ", 1),
        "fullwidth": fullwidth(regroup(compact, " ", size)),
        "zero-width": zero_width(compact),
        "soft-hyphens": soft_hyphens(compact),
        "lower-case": compact.lower(),
        "tabs": regroup(compact, "\t", size),
    }
    if any(c.isdigit() for c in compact):
        out["arabic-indic-digits"] = arabic_digits(regroup(compact, " ", size))
    return out


def text_evasions(s):
    return {
        "plain": s,
        "fullwidth": fullwidth(s),
        "zero-width": zero_width(s),
        "mixed-case": mixed_case(s),
        "nbsp": s.replace(" ", NBSP),
        "soft-hyphens": soft_hyphens(s),
    }


rows = []


def add(category, secret, evasions, contexts):
    for name, form in evasions.items():
        for ci, context in enumerate(contexts):
            rows.append({"category": category, "evasion": f"{name}/{ci}", "secret": secret, "text": context.format(form)})
        if "%" not in contexts[0]:
            rows.append({"category": category, "evasion": f"{name}/percent-in-url", "secret": secret,
                         "text": "https://crm.example.com/search?q=" + percent(contexts[0].format(form)) + "&page=2"})


TEXT = ["Customer {} – CRM", "please use {} today", "Notiz: {}"]

for card in ["4111111111111111", "5500000000000004", "378282246310005", "6011111111111117", "4012888888881881",
             "3530111333300000", "5105105105105100", "4222222222222", "2223003122003222", "6759649826438453"]:
    add("card", card, number_evasions(card), TEXT)

for iban in ["DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606", "NL91ABNA0417164300",
             "ES9121000418450200051332", "IT60X0542811101000000123456", "BE68539007547034", "AT611904300234573201",
             "CH9300762011623852957"]:
    add("iban", iban, number_evasions(iban), TEXT)

for email in ["john.smith@example.com", "margaret.thistlewood@firma.de", "a.b-c@sub.example.co.uk", "x_y+tag@mail.example.org"]:
    local, domain = email.split("@")
    forms = text_evasions(email)
    forms.update({
        "fullwidth-at": email.replace("@", "\uff20"),
        "zero-width-before-at": email.replace("@", ZW + "@"),
        "spaced-at": email.replace("@", " @ "),
        "bracket-at": email.replace("@", " [at] ").replace(".", " [dot] "),
        "paren-at": email.replace("@", "(at)"),
        "words": local + " at " + domain.replace(".", " dot "),
        "percent-at": email.replace("@", "%40"),
        "html-entity-at": email.replace("@", "&#64;"),
        "double-percent": email.replace("@", "%2540"),
        "small-at": email.replace("@", "\ufe6b"),
    })
    add("email", email, forms, TEXT)

for phone in ["+49 30 12345678", "+44 20 7946 0958", "+33 1 42 68 53 00", "+34 912 345 678", "+31 20 123 4567",
              "+39 06 1234 5678", "030 12345678", "0171 2345678", "(212) 555-0143", "+1 415 555 2671"]:
    digits = "".join(c for c in phone if c.isdigit())
    lead = "+" if phone.startswith("+") else ""
    forms = {
        "plain": phone,
        "dots": phone.replace(" ", "."),
        "slashes": phone.replace(" ", "/"),
        "dashes": phone.replace(" ", "-"),
        "nbsp": phone.replace(" ", NBSP),
        "fullwidth": fullwidth(phone),
        "zero-width": zero_width(phone),
        "double-zero": ("00" + phone[1:]) if lead else phone,
        "spaced-dash": phone.replace(" ", " - "),
        "compact-international": (lead + digits) if lead else phone,
    }
    add("phone", phone, forms, ["Rückruf {} bitte", "call {} about the order"])

for label, ident in [("SSN", "536-22-8471"), ("NI", "AB 12 34 56 C"), ("IdNr", "86095742719"), ("NIR", "1 84 12 76 451 089 46"),
                     ("DNI", "12345678Z"), ("CF", "RSSMRA85T10A562S"), ("BSN", "111222333"), ("SSN", "078-05-1121")]:
    compact = "".join(c for c in ident if c.isalnum())
    forms = {
        "plain": ident,
        "compact": compact,
        "dots": ".".join(ident.replace("-", " ").split()) if " " in ident or "-" in ident else ident,
        "spaces": " ".join(ident.replace("-", " ").split()) if " " in ident or "-" in ident else ident,
        "fullwidth": fullwidth(ident),
        "zero-width": zero_width(ident),
        "nbsp": ident.replace(" ", NBSP).replace("-", NBSP),
        "lower-case": ident.lower(),
        "slashes": "/".join(ident.replace("-", " ").split()) if " " in ident or "-" in ident else ident,
    }
    add("national_id", compact, forms, [label + " {}", label + ": {} (checked)"])

for ip in ["192.168.17.42", "10.20.30.40", "172.16.254.1", "2001:db8:85a3::8a2e:370:7334", "fe80::1ff:fe23:4567:890a"]:
    forms = {"plain": ip, "fullwidth": fullwidth(ip), "zero-width": zero_width(ip), "upper-case": ip.upper()}
    if ":" not in ip:
        forms.update({"defanged": ip.replace(".", "[.]"), "spaced-dots": ip.replace(".", " . "), "glued": "ip" + ip,
                      "paren-dots": ip.replace(".", "(.)")})
    add("ip", ip, forms, ["host {} down", "Remote Desktop – {}"])

for secret, texts in [
    ("Zq8r7s6t5u4vW3x", ["https://app.example.com/reset?token={}", "https://app.example.com/api/{}?x=1".replace("{}", "pwd%3D{}"),
                         "https://app.example.com/a/pwd={}/b", "https://bob:{}@host.example.com/", "https://app.example.com/#access_token={}",
                         "https://app.example.com/password/{}/confirm", "https://app.example.com/x;jsessionid={}",
                         "https://app.example.com/login?user=a&Password={}", "https://app.example.com/login?user=a&pass%77ord={}",
                         "https://app.example.com/a?api_key={}&b=1", "https://app.example.com/p/my+password+is+{}"]),
]:
    for i, t in enumerate(texts):
        for name, form in {"plain": secret, "mixed-case": mixed_case(secret), "zero-width": zero_width(secret)}.items():
            rows.append({"category": "url_secret", "evasion": f"{name}/{i}", "secret": secret, "text": t.format(form)})
        rows.append({"category": "url_secret", "evasion": f"percent-path/{i}", "secret": secret,
                     "text": t.format(percent(secret))})

jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
for name, form in {"plain": jwt, "zero-width": zero_width(jwt), "fullwidth": fullwidth(jwt), "percent": percent(jwt)}.items():
    for i, t in enumerate(["Authorization: Bearer {}", "token {}", "id_token={}", "https://app.example.com/cb#id_token={}", "jwt {} end"]):
        rows.append({"category": "jwt", "evasion": f"{name}/{i}", "secret": jwt, "text": t.format(form)})

phrases = [
    ("Hunter2Secret", ["my password is {}", "password: {}", "Password = {}", "the password for the portal is {}", "pw: {}",
                       "passcode is {}", "My new password is now {}", "password is \"{}\""]),
    ("Sommer2024Xy", ["Mein Passwort lautet {}", "Passwort ist {}", "Kennwort: {}", "das Passwort für VPN ist {}", "Zugangscode: {}"]),
    ("Soleil2024Ab", ["mon mot de passe est {}", "mot de passe : {}", "Le mot de passe c'est {}", "mdp: {}"]),
    ("Verano2024Qx", ["la contraseña es {}", "contraseña: {}", "mi clave es {}", "Contrasena = {}"]),
    ("Zomer2024Pq", ["het wachtwoord is {}", "wachtwoord: {}", "mijn wachtwoord is nu {}"]),
    ("Estate2024Zz", ["la password è {}", "la mia password è {}", "parola d'ordine: {}", "codice di accesso: {}"]),
    ("4827", ["PIN 4827".replace("4827", "{}"), "my PIN is {}", "PIN-Code: {}", "Geheimzahl {}", "code PIN : {}", "il codice PIN è {}",
              "pincode {}", "CVV {}"]),
]
for secret, texts in phrases:
    for i, t in enumerate(texts):
        text = t.format(secret)
        forms = {
            "plain": text,
            "mixed-case": mixed_case(text.replace(secret, "\0")).replace("\0", secret),
            "upper-case": text.replace(secret, "\0").upper().replace("\0", secret),
            "fullwidth": fullwidth(text),
            "zero-width-keyword": zero_width(text.replace(secret, "\0")).replace("\0", secret),
            "nbsp": text.replace(" ", NBSP),
            "percent-in-url": "https://app.example.com/note?text=" + urllib.parse.quote(text),
            "plus-in-url": "https://app.example.com/note?text=" + urllib.parse.quote_plus(text),
        }
        for name, form in forms.items():
            rows.append({"category": "password_phrase", "evasion": f"{name}/{i}", "secret": secret, "text": form})

names = [
    ("Margaret Thistlewood", ["RE: Offer – {} – Editor", "Fwd: {}", "RE: Offer – {} – Microsoft Outlook", "Chat | {} | Microsoft Teams",
                              "FW: Contract - {} | Thunderbird", "Offer – {} – Outlook", "RE[2]: Budget – {}", "RE: Meeting with {}"]),
    ("Jürgen Müller-Lüdenscheidt", ["AW: Angebot – {}", "WG: Termin mit {}", "AW: AW: Rechnung – {} – Outlook"]),
    ("Élodie Marchand", ["TR: Facture – {}", "RE: Devis – {} – Thunderbird"]),
    ("María José García", ["RV: Pedido – {}", "RE: Oferta – {} – Outlook"]),
    ("Anna van der Berg", ["Antw: Offerte – {}", "Doorst: Factuur – {} – Outlook"]),
    ("Giulia Rossi", ["R: Offerta – {}".replace("R:", "RIF:"), "RE: Fattura – {} – Outlook"]),
]
for secret, texts in names:
    for i, t in enumerate(texts):
        text = t.format(secret)
        forms = {
            "plain": text,
            "upper-case": text.upper(),
            "nbsp": text.replace(" ", NBSP),
            "fullwidth-name": t.format(fullwidth(secret)),
            "zero-width-name": t.format(zero_width(secret)),
            "em-dash": text.replace("–", "—"),
            "decomposed": __import__("unicodedata").normalize("NFD", text),
        }
        for name, form in forms.items():
            rows.append({"category": "name", "evasion": f"{name}/{i}", "secret": secret, "text": form})

# X11 compound text: an e-mail in JIS X 0208 (ESC $ ( B), as old toolkits write WM_NAME; bytes read as Latin-1.
jis = fullwidth("mail john.smith@example.com").encode("euc_jp")
ctext = ("Inbox \x1b$(B" + bytes(b & 0x7F for b in jis).decode("latin-1") + "\x1b(B - Mailer")
rows.append({"category": "email", "evasion": "x11-compound-text", "secret": "john.smith@example.com", "text": ctext})
ctext2 = "Inbox \x1b%G" + "john.smith\u200b@example.com".encode("utf-8").decode("latin-1") + "\x1b%@"
rows.append({"category": "email", "evasion": "x11-compound-text-utf8", "secret": "john.smith@example.com", "text": ctext2})

with open("planted-secrets.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=True) + "\n")
print(len(rows), "rows")
