using Deskmine.Workspaces.Evaluation;
using Deskmine.Workspaces.Imports;
using Deskmine.Workspaces.Recognition;
using Deskmine.Workspaces.Sources;
using Deskmine.Workspaces.Tests.Support;

namespace Deskmine.Workspaces.Tests.Evaluation;

public sealed class EvaluationRunTests(SimulatedWorkspace simulated) : IClassFixture<SimulatedWorkspace>
{
    [Fact]
    public void A_simulated_workspace_is_scored_against_its_truth_table_and_reports_the_unscored_noise()
    {
        using var ws = simulated.OpenReadOnly();

        var result = EvaluationRun.Run(ws);

        Assert.Contains("ground truth table", result.TruthDescription, StringComparison.Ordinal);
        Assert.InRange(result.Report.BoundaryF1, 0.0, 1.0);
        Assert.True(result.Report.BoundaryF1 > 0, "recognition finds some true boundaries in simulated work");
        Assert.NotNull(result.Unscored);
        Assert.True(result.Unscored.Unlabelled > 0);
        Assert.InRange(result.Unscored.LeftOutAsNoise, 0, result.Unscored.Unlabelled);
    }

    [Fact]
    public void An_attribute_nobody_carries_is_an_invalid_request()
    {
        using var ws = simulated.OpenReadOnly();

        var e = Assert.Throws<InvalidRequestException>(() => EvaluationRun.Run(ws, new EvaluationRequest { Truth = "attrs.nothing" }));

        Assert.Contains("no event carries attrs.nothing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_imported_attribute_is_the_truth_and_a_missing_truth_table_is_an_invalid_request()
    {
        using var dir = new TempDir();
        var file = dir.File("log.csv");
        File.WriteAllText(file, """
            case_id,activity,timestamp,resource,ticket
            1,register,2024-01-01 08:00:00,ann,A
            1,check,2024-01-01 08:00:05,ann,A
            2,register,2024-01-01 08:30:00,ann,B
            2,check,2024-01-01 08:30:04,ann,B
            """);
        ImportRun.Run(dir.File("ws"), new ImportRequest { Path = file, Format = "csv" });
        using (var writer = WorkspaceAccess.OpenForWriting(dir.File("ws")))
            RecognitionRun.Run(writer);
        using var ws = WorkspaceAccess.OpenForReading(dir.File("ws"));

        var truthTable = Assert.Throws<InvalidRequestException>(() => EvaluationRun.Run(ws, new EvaluationRequest { Truth = "truth" }));
        var result = EvaluationRun.Run(ws, new EvaluationRequest { Truth = "attrs.ticket" });

        Assert.Contains("no ground truth table", truthTable.Message, StringComparison.Ordinal);
        Assert.StartsWith("attrs.ticket", result.TruthDescription, StringComparison.Ordinal);
        Assert.Null(result.Unscored);
    }

    [Fact]
    public void A_type_attribute_beside_the_instance_attribute_scores_types_and_leaves_work_of_no_task_unscored()
    {
        using var dir = new TempDir();
        var file = dir.File("log.csv");
        File.WriteAllText(file, """
            case_id,activity,timestamp,resource,inst,kind
            1,register,2024-01-01 08:00:00,ann,A,claim
            1,check,2024-01-01 08:00:05,ann,A,claim
            1,mail,2024-01-01 08:10:00,ann,,
            2,order,2024-01-01 08:30:00,ann,B,order
            2,ship,2024-01-01 08:30:04,ann,B,order
            3,register,2024-01-01 09:00:00,ann,C,
            """);
        ImportRun.Run(dir.File("ws"), new ImportRequest { Path = file, Format = "csv" });
        using (var writer = WorkspaceAccess.OpenForWriting(dir.File("ws")))
            RecognitionRun.Run(writer);
        using var ws = WorkspaceAccess.OpenForReading(dir.File("ws"));

        var missing = Assert.Throws<InvalidRequestException>(() =>
            EvaluationRun.Run(ws, new EvaluationRequest { Truth = "attrs.inst", TruthType = "attrs.kind" }));

        Assert.Contains("'C' but no attrs.kind", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_attribute_names_the_true_types()
    {
        using var dir = new TempDir();
        var file = dir.File("log.csv");
        File.WriteAllText(file, """
            case_id,activity,timestamp,resource,inst,kind
            1,register,2024-01-01 08:00:00,ann,A,claim
            1,check,2024-01-01 08:00:05,ann,A,claim
            1,mail,2024-01-01 08:10:00,ann,,
            2,order,2024-01-01 08:30:00,ann,B,order
            2,ship,2024-01-01 08:30:04,ann,B,order
            """);
        ImportRun.Run(dir.File("ws"), new ImportRequest { Path = file, Format = "csv" });
        using (var writer = WorkspaceAccess.OpenForWriting(dir.File("ws")))
            RecognitionRun.Run(writer);
        using var ws = WorkspaceAccess.OpenForReading(dir.File("ws"));

        var result = EvaluationRun.Run(ws, new EvaluationRequest { Truth = "attrs.inst", TruthType = "attrs.kind" });

        Assert.Contains("attrs.kind (types)", result.TruthDescription, StringComparison.Ordinal);
        Assert.Equal(4, result.Report.ScoredEvents);
        Assert.Equal(2, result.Report.TrueSegments);
    }

    [Fact]
    public void Evaluating_before_recognition_says_to_run_mine()
    {
        using var bare = new SimulatedWorkspace(recognise: false, events: 300);
        using var ws = bare.OpenReadOnly();

        var e = Assert.Throws<WorkspaceProblemException>(() => EvaluationRun.Run(ws));

        Assert.Contains("deskmine mine", e.Message, StringComparison.Ordinal);
    }
}
