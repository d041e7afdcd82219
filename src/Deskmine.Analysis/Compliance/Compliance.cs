using Deskmine.Analysis.Compliance.Bpmn;
using Deskmine.Analysis.Compliance.Declare;
using Deskmine.Analysis.Compliance.Models;
using Deskmine.Analysis.Compliance.Replay;
using Deskmine.Core.Logs;

namespace Deskmine.Analysis.Compliance;

/// <summary>
/// Checks a log against the procedure: declarative rules (<see cref="Check"/>) or a BPMN model
/// (<see cref="CheckModel(EventLog, BpmnModel, ComplianceOptions?)"/>). Pure: text and logs in, a result out;
/// <see cref="ComplianceJson"/> writes it.
/// </summary>
public static class Compliance
{
    /// <summary>
    /// Evaluates every rule on every case. A case counts once per rule it violates; each violation becomes a
    /// <see cref="Deviation"/> with the events that show it. Rules naming activities that occur in no case are
    /// warned about with the closest activity names.
    /// </summary>
    /// <exception cref="Core.Errors.InputException">An option is out of range.</exception>
    public static ComplianceResult Check(EventLog log, ComplianceRules rules, ComplianceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(rules);
        options ??= ComplianceOptions.Default;
        options.Validate();
        return DeclareChecker.Check(log, rules, options, new CaseView(log, options));
    }

    /// <summary>
    /// Checks the log against a BPMN model converted to a workflow net (<see cref="PetriNet.FromBpmn"/>), with the
    /// methods of <see cref="ComplianceOptions.Model"/>: per-case and log fitness, and a deviation for every case
    /// that does not fit, naming the events the model does not allow and the activities the case skipped.
    /// </summary>
    /// <exception cref="Core.Errors.InputException">The model cannot be converted, or an option is out of range.</exception>
    public static ComplianceResult CheckModel(EventLog log, BpmnModel model, ComplianceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        return CheckModel(log, PetriNet.FromBpmn(model), options);
    }

    /// <summary>Checks the log against a Petri net with an initial and a final marking; see <see cref="CheckModel(EventLog, BpmnModel, ComplianceOptions?)"/>.</summary>
    /// <exception cref="Core.Errors.InputException">An option is out of range.</exception>
    public static ComplianceResult CheckModel(EventLog log, PetriNet net, ComplianceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(net);
        options ??= ComplianceOptions.Default;
        options.Validate();
        return ModelChecker.Check(log, net, options, new CaseView(log, options));
    }

    /// <summary>
    /// Precision of <paramref name="net"/> to <paramref name="log"/> by escaping edges on token-replay states (see
    /// <see cref="ModelPrecision"/>): 1 when the model allows nothing the log does not do, lower the more it allows.
    /// </summary>
    /// <exception cref="Core.Errors.InputException">An option is out of range.</exception>
    public static ModelPrecision Precision(EventLog log, PetriNet net, ModelCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(net);
        options ??= ModelCheckOptions.Default;
        options.Validate();
        return new EscapingEdges(new CompiledNet(net, log.ActivityNames), options.MaxSilentSteps).Compute(log, options.Clock);
    }
}
