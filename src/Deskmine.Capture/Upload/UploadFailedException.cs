namespace Deskmine.Capture.Upload;

/// <summary>An upload attempt that should be retried later: the server is away, overloaded or refuses the token.</summary>
public sealed class UploadFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UploadFailedException(string message, Exception? inner = null) : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public UploadFailedException() : this("upload failed")
    {
    }

    /// <summary>Creates the exception.</summary>
    public UploadFailedException(string message) : this(message, null)
    {
    }
}
