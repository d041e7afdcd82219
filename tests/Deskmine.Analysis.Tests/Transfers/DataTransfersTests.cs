using Deskmine.Analysis.Transfers;
using Deskmine.Core.Events;

namespace Deskmine.Analysis.Tests.Transfers;

public sealed class DataTransfersTests
{
    private static readonly Dictionary<string, string> Sheet = new() { ["workbook"] = "students.xlsx", ["sheet"] = "Student details" };

    [Fact]
    public void A_copy_and_its_paste_match_by_hash_when_no_value_is_kept()
    {
        var log = Some.Log(("u01", "A", 0,
        [
            (Some.Event(0, EventKinds.Copy, app: "AcroRd32.exe", target: "Invoice number", valueHash: "h1"), "Copy"),
            (Some.Event(5, EventKinds.Paste, app: "saplogon.exe", target: "Reference", valueHash: "h1"), "Paste"),
            (Some.Event(9, EventKinds.Paste, app: "saplogon.exe", target: "Amount", valueHash: "h2"), "Paste"),
        ]));

        var report = DataTransfers.Find(log);

        var t = Assert.Single(report.Transfers);
        Assert.Equal(("AcroRd32.exe", "Invoice number", "saplogon.exe", "Reference", 1), (t.FromApp, t.FromField, t.ToApp, t.ToField, t.Count));
        Assert.Equal(DataTransferMatch.Hash, t.MatchedBy);
        Assert.Null(t.Transformation);
        Assert.Equal(2.0 / 3, report.TransferEventShare[0], 6);
    }

    [Fact]
    public void A_kept_value_typed_in_another_application_matches_its_copy_by_value()
    {
        var log = Some.Log(("u01", "A", 0,
        [
            (Some.Event(0, EventKinds.Copy, app: "AcroRd32.exe", target: "Invoice number", value: "4711", valueHash: "x"), "Copy"),
            (Some.Event(5, EventKinds.TextInput, app: "EXCEL.EXE", target: "Find what", value: "4711 ", valueHash: "y"), "Type"),
            (Some.Event(8, EventKinds.TextInput, app: "EXCEL.EXE", target: "Find what", value: "4711"), "Type"),
        ]));

        var t = Assert.Single(DataTransfers.Find(log).Transfers);

        Assert.Equal(("AcroRd32.exe", "Invoice number", "EXCEL.EXE", "Find what", 1), (t.FromApp, t.FromField, t.ToApp, t.ToField, t.Count));
        Assert.Equal(DataTransferMatch.Value, t.MatchedBy);
    }

    [Fact]
    public void A_clipboard_row_without_target_belongs_to_the_cell_selected_next_to_it()
    {
        var log = Some.Log(("u01", "A", 0,
        [
            (Cell(0, "A2", "John Doe"), "Read"),
            // The clipboard process logs 40 ms before the spreadsheet's own row, without user or target.
            (Some.Event(9.96, EventKinds.Copy, app: "OS-Clipboard", user: null, value: "Albert Rauf"), "Copy"),
            (Cell(10, "A3", "Albert Rauf"), "Read"),
            (Some.Event(12, app: "Chrome", target: "q3_name[first]"), "Click"),
            (Some.Event(13, EventKinds.Paste, app: "Chrome", target: "q3_name[first]", value: "Albert Rauf"), "Paste"),
            (Some.Event(15, EventKinds.TextInput, app: "Chrome", target: "q3_name[first]", value: "Albert"), "Paste"),
        ]));

        var t = Assert.Single(DataTransfers.Find(log).Transfers);

        Assert.Equal(("Excel", "Student details!A", "Chrome", "q3_name[first]"), (t.FromApp, t.FromField, t.ToApp, t.ToField));
        Assert.Equal("split on space (part 1 of 2)", t.Transformation);
    }

    [Fact]
    public void A_copied_piece_of_a_cell_is_attributed_to_that_cell_and_not_to_the_field_typed_in_before()
    {
        var log = Some.Log(("u01", "A", 0,
        [
            (Cell(0, "D2", "01-4450-00"), "Read"),
            (Some.Event(1, EventKinds.Copy, app: "OS-Clipboard", value: "01"), "Copy"),
            (Some.Event(3, EventKinds.Paste, app: "Chrome", target: "code1", value: "01"), "Paste"),
            (Some.Event(6, EventKinds.Copy, app: "OS-Clipboard", value: "4450"), "Copy"),
            (Some.Event(8, EventKinds.Paste, app: "Chrome", target: "code2", value: "4450"), "Paste"),
        ]));

        var transfers = DataTransfers.Find(log).Transfers;

        Assert.Equal(["Student details!D", "Student details!D"], transfers.Select(t => t.FromField));
        Assert.Equal("split on '-' (part 2 of 3)", transfers.Single(t => t.ToField == "code2").Transformation);
    }

    [Fact]
    public void Cells_of_one_column_aggregate_under_the_column_and_its_header()
    {
        var log = Some.Log(
            ("u01", "A", 0, [(Cell(0, "C1", "Surname"), "Read")]),
            ("u01", "A", 0, Row(10, "C57", "Doe")),
            ("u01", "A", 0, Row(20, "C58", "Rauf")));

        var t = Assert.Single(DataTransfers.Find(log).Transfers);

        Assert.Equal("Student details!C (Surname)", t.FromField);
        Assert.Equal(2, t.Count);
    }

    [Fact]
    public void Short_typed_values_do_not_match_but_short_pastes_do()
    {
        var log = Some.Log(("u01", "A", 0,
        [
            (Some.Event(0, EventKinds.TextInput, app: "erp", target: "Company code", value: "10"), "Type"),
            (Some.Event(5, EventKinds.TextInput, app: "sheet", target: "Code", value: "10"), "Type"),
            (Some.Event(6, EventKinds.Copy, app: "erp", target: "Company code", value: "10"), "Copy"),
            (Some.Event(7, EventKinds.Paste, app: "sheet", target: "Code", value: "10"), "Paste"),
        ]));

        var t = Assert.Single(DataTransfers.Find(log).Transfers);

        Assert.Equal(EventKinds.Paste, log.Events[3].Kind);
        Assert.Equal(("erp", "sheet"), (t.FromApp, t.ToApp));
    }

    [Fact]
    public void Web_inputs_that_share_one_name_are_told_apart_by_id()
    {
        var log = Some.Log(("u01", "A", 0,
        [
            (Some.Event(0, EventKinds.Copy, app: "erp", target: "Cost centre", value: "4450"), "Copy"),
            (Some.Event(1, EventKinds.Paste, app: "Chrome", value: "4450") with { TargetName = "details[]", TargetId = "input_1" }, "Paste"),
            (Some.Event(2, EventKinds.Paste, app: "Chrome", value: "4450") with { TargetName = "details[]", TargetId = "input_2" }, "Paste"),
        ]));

        Assert.Equal(["input_1", "input_2"], DataTransfers.Find(log).Transfers.Select(t => t.ToField).Order());
    }

    [Fact]
    public void A_value_read_in_a_cell_and_typed_in_another_date_format_is_a_transfer_with_its_transformation()
    {
        var log = Some.Log(("u01", "A", 0,
        [
            (Cell(0, "E7", "04.03.2024"), "Read"),
            (Some.Event(4, EventKinds.TextInput, app: "Chrome", target: "invoice_date", value: "2024-03-04"), "Type"),
        ]));

        var t = Assert.Single(DataTransfers.Find(log).Transfers);

        Assert.Equal(("Excel", "Student details!E", "Chrome", "invoice_date"), (t.FromApp, t.FromField, t.ToApp, t.ToField));
        Assert.Equal("date reformatted (dd.MM.yyyy → yyyy-MM-dd)", t.Transformation);
        Assert.Equal(1, t.TransformedCount);
    }

    [Fact]
    public void First_and_last_name_copied_apart_and_typed_as_one_are_two_concatenations()
    {
        var log = Some.Log(("u01", "A", 0,
        [
            (Some.Event(0, EventKinds.Copy, app: "crm", target: "First name", value: "Albert"), "Copy"),
            (Some.Event(2, EventKinds.Copy, app: "crm", target: "Last name", value: "Rauf"), "Copy"),
            (Some.Event(5, EventKinds.TextInput, app: "erp", target: "Account holder", value: "Albert Rauf"), "Type"),
        ]));

        var transfers = DataTransfers.Find(log).Transfers;

        Assert.Equal(["First name", "Last name"], transfers.Select(t => t.FromField).Order());
        Assert.All(transfers, t => Assert.Equal("concatenated with other text", t.Transformation));
    }

    private static UiEvent Cell(double seconds, string cell, string value) =>
        Some.Event(seconds, app: "Excel", value: value, attrs: Sheet) with { TargetId = cell };

    private static (UiEvent, string)[] Row(double at, string cell, string value) =>
    [
        (Cell(at, cell, value), "Read"),
        (Some.Event(at + 0.05, EventKinds.Copy, app: "OS-Clipboard", value: value), "Copy"),
        (Some.Event(at + 3, EventKinds.Paste, app: "Chrome", target: "surname", value: value), "Paste"),
    ];
}
