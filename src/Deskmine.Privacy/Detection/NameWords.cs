using System.Buffers;

namespace Deskmine.Privacy.Detection;

/// <summary>Words that tell a program name or an ordinary title word from a person's name.</summary>
internal static class NameWords
{
    private static readonly HashSet<string> Programs = new(StringComparer.OrdinalIgnoreCase)
    {
        "Microsoft", "Outlook", "Mozilla", "Thunderbird", "Google", "Gmail", "Chrome", "Chromium", "Firefox", "Mail", "Message",
        "Inbox", "Office", "Teams", "Edge", "Evolution", "Apple", "Web", "Nachricht", "Posteingang", "Draft", "Entwurf", "Slack",
        "Skype", "Zoom", "WhatsApp", "Signal", "Telegram", "Webex", "Geary", "KMail", "Mailspring", "Messenger", "Chat", "Lotus",
        "Notes", "Zimbra", "Roundcube", "Yahoo", "Proton", "ProtonMail", "Thunderbird", "Element", "Discord", "Mattermost",
        "Rocket", "Outlook.com", "Hotmail", "Live", "Exchange", "Calendar", "Kalender", "Agenda", "Bandeja", "Courrier",
    };

    private static readonly HashSet<string> MailOrChat = new(StringComparer.OrdinalIgnoreCase)
    {
        "Outlook", "Thunderbird", "Mail", "Gmail", "Teams", "Slack", "Skype", "Zoom", "WhatsApp", "Signal", "Telegram", "Webex",
        "Evolution", "Geary", "KMail", "Mailspring", "Messenger", "Chat", "Notes", "Zimbra", "Roundcube", "Element", "Discord",
        "Mattermost", "Hotmail", "ProtonMail", "Proton", "Yahoo",
    };

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "Report", "Reports", "Offer", "Invoice", "Invoices", "Meeting", "Order", "Orders", "Update", "Updates", "Project", "Review",
        "Request", "Contract", "Budget", "Plan", "Planning", "Summary", "Notes", "Agenda", "Quarterly", "Weekly", "Monthly",
        "Annual", "New", "Final", "Draft", "Message", "Team", "Sales", "Support", "Customer", "Customers", "Service", "Account",
        "Payment", "Payments", "Purchase", "Status", "Question", "Questions", "Information", "Info", "Document", "Documents",
        "Proposal", "Call", "Follow", "Up", "Reminder", "Angebot", "Rechnung", "Bestellung", "Vertrag", "Besprechung", "Termin",
        "Anfrage", "Einladung", "Invitation", "Feedback", "Welcome", "Hello", "Thanks", "Thank", "You", "Urgent", "Important",
        "Action", "Required", "Editor", "HTML", "Plain", "Text", "Rich", "Offre", "Facture", "Commande", "Oferta", "Factura",
        "Pedido", "Offerte", "Factuur", "Bestelling", "Offerta", "Fattura", "Ordine", "Daily", "Standup", "Kickoff", "Workshop",
        "Training", "Onboarding", "Expenses", "Expense", "Travel", "Holiday", "Vacation", "Leave", "Board", "Minutes",
        "Presentation", "Slides", "Sheet", "Spreadsheet", "Book", "Workbook", "Settings", "Options", "Preferences", "Untitled",
        "Compose", "Reply", "Forward", "Sent", "Items", "Drafts", "Deleted", "Junk", "Archive", "Folder", "Conversation",
        "Channel", "General", "Random", "Quarter", "Year", "Week", "Month", "Day", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Approval", "Approved", "Rejected", "Pending", "Open", "Closed", "Done", "Ticket",
        "Issue", "Incident", "Change", "Release", "Deadline", "Schedule", "Results", "Data", "Analysis", "Product", "Products",
        "Price", "Prices", "Pricing", "Quote", "Delivery", "Shipping", "Returns", "Refund", "Credit", "Note", "Memo", "Policy",
        "Security", "Password", "Reset", "Login", "Access", "Portal", "Dashboard", "Overview", "Details", "Lines", "Master",
        "Vendor", "Supplier", "Employee", "Staff", "Human", "Resources", "Finance", "Accounting", "Legal", "Marketing", "Quality",
        "Management", "Operations", "Strategy", "Roadmap", "Kick", "Off", "Lunch", "Dinner", "Party", "Event", "Conference",
        "Webinar", "Demo", "Test", "Testing", "Check", "Draft", "Version", "Revision", "Copy", "Signed", "Sign", "Offerte",
        "Project", "Projet", "Proyecto", "Progetto", "Projekt", "Your", "Our", "The", "And", "Und", "For", "Und",
    };

    /// <summary>Whether any word of <paramref name="words"/> names a program or is an ordinary title word.</summary>
    public static bool HasNonNameWord(string words)
    {
        foreach (var word in words.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Programs.Contains(word) || Common.Contains(word))
                return true;
        }
        return false;
    }

    private static readonly SearchValues<string> MailOrChatStems = SearchValues.Create([.. MailOrChat], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a mail or chat program's name occurs anywhere in <paramref name="text"/> (a cheap pre-test).</summary>
    public static bool MentionsMailOrChatProgram(string text) => text.AsSpan().ContainsAny(MailOrChatStems);

    /// <summary>Whether the last part of a title names a mail or chat program.</summary>
    public static bool IsMailOrChatProgram(ReadOnlySpan<char> part)
    {
        foreach (var range in part.SplitAny(" -–|"))
        {
            if (MailOrChat.GetAlternateLookup<ReadOnlySpan<char>>().Contains(part[range]))
                return true;
        }
        return false;
    }
}
