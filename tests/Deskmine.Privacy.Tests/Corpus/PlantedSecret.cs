namespace Deskmine.Privacy.Tests.Corpus;

/// <summary>One line of <c>planted-secrets.jsonl</c>.</summary>
/// <param name="Category">What kind of secret (card, iban, email …).</param>
/// <param name="Evasion">How it is disguised, and in which context.</param>
/// <param name="Secret">The secret itself, in plain form.</param>
/// <param name="Text">The text the secret is planted in.</param>
public sealed record PlantedSecret(string Category, string Evasion, string Secret, string Text);
