namespace Deskmine.Reporting;

/// <summary>
/// The process model the report draws beside the map: a BPMN 2.0 document with diagram interchange (laid out), as
/// <c>deskmine model --bpmn</c> writes it, and the process tree it was converted from.
/// </summary>
/// <param name="Bpmn">The BPMN 2.0 XML; bpmn-js draws it in the page and the page offers it for download.</param>
/// <param name="Tree">The process tree in pm4py's notation, e.g. <c>-&gt;( 'a', X( tau, 'b' ) )</c>.</param>
/// <param name="Noise">Noise threshold of the inductive miner that found it (0: every case fits).</param>
public sealed record ReportProcessModel(string Bpmn, string Tree, double Noise);
