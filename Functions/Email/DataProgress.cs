using MailKit;

namespace DeadlineBot.Functions.Email;

/// <summary>Notes whether any of the message's data went out to the server (MailKit reports DATA bytes as it writes them).</summary>
internal sealed class DataProgress : ITransferProgress
{
    public bool Started { get; private set; }

    public void Report(long bytesTransferred, long totalSize) => Started |= bytesTransferred > 0;

    public void Report(long bytesTransferred) => Started |= bytesTransferred > 0;
}
