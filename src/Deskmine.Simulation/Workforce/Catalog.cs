namespace Deskmine.Simulation.Workforce;

/// <summary>Fixed business data the processes draw from: vendors, customers, employees, ticket texts.</summary>
internal static class Catalog
{
    public sealed record Vendor(string Name, string Number, string ContactEmail, string Iban);

    public static IReadOnlyList<string> FirstNames { get; } =
    [
        "Jane", "John", "Anna", "Lukas", "Marie", "Paul", "Sofia", "Jonas", "Emma", "Felix", "Laura", "David",
        "Mia", "Elias", "Lea", "Noah", "Clara", "Ben", "Nina", "Tom", "Sara", "Max", "Julia", "Leon",
    ];

    public static IReadOnlyList<string> LastNames { get; } =
    [
        "Doe", "Smith", "Müller", "Schmidt", "Meyer", "Wagner", "Becker", "Hoffmann", "Klein", "Wolf", "Brown",
        "Martin", "Garcia", "Rossi", "Dubois", "Novak", "Jansen", "Berg", "Lindqvist", "Kowalski",
    ];

    public static IReadOnlyList<Vendor> Vendors { get; } =
    [
        new("Müller GmbH", "100234", "buchhaltung@mueller-gmbh.de", "DE89370400440532013000"),
        new("Schmidt & Co. KG", "100511", "invoices@schmidt-co.de", "DE02120300000000202051"),
        new("Acme Supplies Ltd", "100742", "billing@acme-supplies.co.uk", "GB33BUKB20201555555555"),
        new("Nordwind AG", "101003", "rechnung@nordwind.ch", "CH9300762011623852957"),
        new("Dupont SARL", "101288", "factures@dupont.fr", "FR1420041010050500013M02606"),
        new("Van Dijk BV", "101467", "ap@vandijk.nl", "NL91ABNA0417164300"),
        new("Rossi Forniture SpA", "101590", "amministrazione@rossi.it", "IT60X0542811101000000123456"),
        new("Kowalski Sp. z o.o.", "101812", "faktury@kowalski.pl", "PL61109010140000071219812874"),
        new("Lindqvist Office AB", "102045", "faktura@lindqvist.se", "SE4550000000058398257466"),
        new("Brown Logistics Inc", "102377", "ar@brownlogistics.com", "GB29NWBK60161331926819"),
    ];

    public static IReadOnlyList<string> Companies { get; } =
    [
        "Bergmann Elektro GmbH", "Sunrise Bakery Ltd", "Atlas Freight BV", "Helios Solar AG", "Fjord Seafood AS",
        "Blue Harbor Cafe", "Quantum Dental Care", "Orchid Textiles SRL", "Granite Builders Inc", "Alpine Optics GmbH",
        "Maple Leaf Consulting", "Riverbank Pharmacy", "Zenith Robotics", "Cedar & Stone Interiors", "Polar Ice Co",
    ];

    public static IReadOnlyList<string> Cities { get; } =
        ["Hamburg", "München", "Berlin", "Köln", "Amsterdam", "Wien", "Zürich", "Lyon", "Milano", "Kraków"];

    public static IReadOnlyList<string> TicketSubjects { get; } =
    [
        "Cannot log in to portal", "Invoice copy requested", "Delivery delayed", "Wrong amount charged",
        "Change of address", "Password reset", "Damaged goods", "Cancel subscription", "VPN not connecting",
        "Printer offline",
    ];

    public static IReadOnlyList<string> TicketCategories { get; } =
        ["Access", "Billing", "Logistics", "Account data", "Hardware", "Complaint"];

    public static IReadOnlyList<string> SupportGroups { get; } =
        ["1st Level Support", "Billing Team", "Logistics Desk", "IT Workplace", "Key Accounts"];

    public static IReadOnlyList<string> ExpenseTypes { get; } =
        ["Travel", "Hotel", "Meals", "Taxi", "Training", "Office supplies"];
}
