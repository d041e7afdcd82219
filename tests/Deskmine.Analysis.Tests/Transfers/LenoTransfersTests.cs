using Deskmine.Analysis.Transfers;
using Deskmine.Analysis.Work;
using Deskmine.Storage.Formats;
using Xunit.Abstractions;

namespace Deskmine.Analysis.Tests.Transfers;

public sealed class LenoTransfersTests(ITestOutputHelper output)
{
    // Which Excel column goes to which jotform field in Leno's Reimbursement log (50 students), read off the log:
    // every copy row follows a getCell/getRange on the sheet, every paste lands in the field clicked before it.
    private static readonly (string From, string To)[] Mapping =
    [
        ("Student details!A", "q3_name[first]"),
        ("Student details!A", "q3_name[last]"),
        ("Student details!B", "q6_studentId"),
        ("Student details!C:F", "q5_address[addr_line1]"),
        ("Student details!G", "q4_email"),
        ("Student details!H", "q7_phoneNumber[area]"),
        ("Student details!H", "q7_phoneNumber[phone]"),
        ("Reimbursement details!A", "q9_accountHolder"),
        ("Reimbursement details!B", "q10_bankName"),
        ("Reimbursement details!C", "q11_accountNumber"),
        ("Reimbursement details!D", "input_12_0_0"),
        ("Reimbursement details!D", "input_12_0_1"),
        ("Reimbursement details!D", "input_12_0_2"),
        ("Reimbursement details!D", "input_12_0_3"),
        ("Reimbursement details!D", "input_12_0_4"),
        ("Reimbursement details!D", "input_12_0_5"),
        ("Reimbursement details!D", "input_12_0_6"),
        ("Reimbursement details!D", "input_12_0_7"),
        ("Reimbursement details!E", "input_12_0_8"),
    ];

    [SkippableFact]
    public void Reimbursement_excel_columns_reach_their_web_form_fields_field_by_field()
    {
        var log = Reimbursement();
        var report = DataTransfers.Find(log);
        output.WriteLine($"{log.Instances.Count} instances, {log.TaskTypes.Count} types, shares {string.Join(", ", report.TransferEventShare.Select(x => $"{x:P1}"))}");
        foreach (var t in report.Transfers)
            output.WriteLine($"{t.Count,4} {t.FromApp} {t.FromField} → {t.ToApp} {t.ToField} [{t.MatchedBy}] {t.Transformation} ({t.TransformedCount})");

        var excelToWeb = report.Transfers.Where(t => t.FromApp == "Excel" && t.ToApp == "Chrome" && t.Count >= 10).ToArray();
        Assert.Equal(Mapping.Order(), excelToWeb.Select(t => (t.FromField, t.ToField)).Order());
        Assert.All(excelToWeb, t => Assert.InRange(t.Count, 45, 55));
        Assert.All(excelToWeb, t => Assert.Equal(DataTransferMatch.Value, t.MatchedBy));
        var minor = report.Transfers.Except(excelToWeb).Sum(t => t.Count);
        Assert.True(minor <= 0.02 * excelToWeb.Sum(t => t.Count), $"{minor} moves outside the mapping");
    }

    [SkippableFact]
    public void Reimbursement_transformations_name_the_split_name_phone_and_account_code_and_the_joined_address()
    {
        var report = DataTransfers.Find(Reimbursement());
        string? Of(string to) => report.Transfers.Single(t => t.ToField == to && t.Count >= 10).Transformation;

        Assert.Equal("split on space (part 1 of 2)", Of("q3_name[first]"));
        Assert.Equal("split on space (part 2 of 2)", Of("q3_name[last]"));
        Assert.Equal("split on space (parts 2–4 of 4)", Of("q7_phoneNumber[phone]"));
        Assert.Equal("joined with ', '", Of("q5_address[addr_line1]"));
        Assert.Equal("split on '-' (part 3 of 8)", Of("input_12_0_2"));
        Assert.Null(Of("q6_studentId"));
        Assert.InRange(report.TransferEventShare.Max(), 0.5, 1.0);
    }

    private static WorkLog Reimbursement()
    {
        Skip.If(TransferLogs.SharedRoot is null, "../shared is absent: Leno's Reimbursement log is not available");
        var path = Path.Combine(TransferLogs.SharedRoot!, "data", "uilogs", "leno", "Reimbursement.csv");
        Skip.IfNot(File.Exists(path), $"{path} is absent");
        return TransferLogs.FromRecognition([.. LogReaders.Open(path)]);
    }
}
