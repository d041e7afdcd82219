namespace Deskmine.Capture.Tests.Walkthrough;

/// <summary>The OCR tests keep both cores busy for seconds: they run alone, after the parallel tests, so that the
/// desktop tests' accessibility time-outs are not measured under their load.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OcrCollection
{
    public const string Name = "ocr";
}
