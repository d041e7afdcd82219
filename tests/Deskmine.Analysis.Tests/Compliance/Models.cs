namespace Deskmine.Analysis.Tests.Compliance;

/// <summary>Small BPMN documents for the tests.</summary>
internal static class Models
{
    private const string Ns = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /// <summary>start → a → split(gateway) → b | c → join(gateway) → d → end.</summary>
    public static string SplitJoin(string gateway) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <bpmn:definitions xmlns:bpmn="{Ns}">
          <bpmn:process id="p">
            <bpmn:startEvent id="start"/>
            <bpmn:task id="a" name="a"/>
            <bpmn:{gateway} id="split"/>
            <bpmn:task id="b" name="b"/>
            <bpmn:task id="c" name="c"/>
            <bpmn:{gateway} id="join"/>
            <bpmn:task id="d" name="d"/>
            <bpmn:endEvent id="end"/>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="a"/>
            <bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="split"/>
            <bpmn:sequenceFlow id="f3" sourceRef="split" targetRef="b"/>
            <bpmn:sequenceFlow id="f4" sourceRef="split" targetRef="c"/>
            <bpmn:sequenceFlow id="f5" sourceRef="b" targetRef="join"/>
            <bpmn:sequenceFlow id="f6" sourceRef="c" targetRef="join"/>
            <bpmn:sequenceFlow id="f7" sourceRef="join" targetRef="d"/>
            <bpmn:sequenceFlow id="f8" sourceRef="d" targetRef="end"/>
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>start → a → XOR loop back over b → c → end: a (b)* c.</summary>
    public static string Loop() => $"""
        <definitions xmlns="{Ns}">
          <process id="p">
            <startEvent id="start"/>
            <task id="a" name="a"/>
            <exclusiveGateway id="x1"/>
            <task id="b" name="b"/>
            <exclusiveGateway id="x2"/>
            <task id="c" name="c"/>
            <endEvent id="end"/>
            <sequenceFlow id="f1" sourceRef="start" targetRef="a"/>
            <sequenceFlow id="f2" sourceRef="a" targetRef="x1"/>
            <sequenceFlow id="f3" sourceRef="x1" targetRef="x2"/>
            <sequenceFlow id="f4" sourceRef="x2" targetRef="b"/>
            <sequenceFlow id="f5" sourceRef="b" targetRef="x1"/>
            <sequenceFlow id="f6" sourceRef="x2" targetRef="c"/>
            <sequenceFlow id="f7" sourceRef="c" targetRef="end"/>
          </process>
        </definitions>
        """;
}
