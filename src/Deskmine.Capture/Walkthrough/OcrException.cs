namespace Deskmine.Capture.Walkthrough;

/// <summary>OCR could not read an image; the screenshot is dropped.</summary>
public sealed class OcrException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OcrException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public OcrException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public OcrException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
