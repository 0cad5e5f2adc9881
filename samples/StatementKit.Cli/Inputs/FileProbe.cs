using System.Runtime.InteropServices;

namespace StatementKit.Cli.Inputs;

/// <summary>What a path names, found without opening it.</summary>
internal enum FileKind
{
    /// <summary>A regular file: the only kind the CLI reads.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe: opening it for reading blocks until a writer comes, perhaps forever.</summary>
    Fifo,

    /// <summary>A character device such as <c>/dev/zero</c>, which never ends.</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A socket.</summary>
    Socket,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>The kind, size and identity of a path, or why it could not be examined.</summary>
internal readonly record struct FileStatus(FileKind Kind, long Size, (ulong Device, ulong Inode) Identity, string? Error)
{
    public static FileStatus Failed(string error) => new(FileKind.Other, 0, default, error);
}

/// <summary>
/// Examines a path with <c>stat</c> semantics (symbolic links followed) without opening it, so that a fifo with no
/// writer or a device is recognised before anything could block on it. On Linux this is <c>statx(2)</c>, whose buffer
/// has the same layout on every architecture; elsewhere the managed file-system API is used, which cannot tell fifos
/// and devices from files.
/// </summary>
internal static partial class FileProbe
{
    private const int AtFdCwd = -100;
    private const uint StatxBasicStats = 0x7ff;
    private const int ENOENT = 2, EACCES = 13, ENOTDIR = 20, ENAMETOOLONG = 36, ELOOP = 40;

    public static FileStatus Examine(string path) => OperatingSystem.IsLinux() ? ExamineLinux(path) : ExamineManaged(path);

    private static FileStatus ExamineLinux(string path)
    {
        StatxBuffer buffer;
        if (Statx(AtFdCwd, path, 0, StatxBasicStats, out buffer) != 0)
        {
            return FileStatus.Failed(Describe(Marshal.GetLastPInvokeError()));
        }

        var kind = (buffer.Mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        var device = ((ulong)buffer.DeviceMajor << 32) | buffer.DeviceMinor;
        return new FileStatus(kind, (long)Math.Min(buffer.Size, long.MaxValue), (device, buffer.Inode), null);
    }

    private static FileStatus ExamineManaged(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Attributes.HasFlag(FileAttributes.Directory))
            {
                return new FileStatus(FileKind.Directory, 0, default, null);
            }

            return info.Exists ? new FileStatus(FileKind.Regular, info.Length, default, null) : FileStatus.Failed("no such file or folder");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return FileStatus.Failed(e.Message);
        }
    }

    private static string Describe(int errno) => errno switch
    {
        ENOENT => "no such file or folder",
        EACCES => "permission denied",
        ENOTDIR => "a part of the path is not a folder",
        ENAMETOOLONG => "the path is too long",
        ELOOP => "too many levels of symbolic links (a symbolic link loop)",
        _ => Marshal.GetPInvokeErrorMessage(errno),
    };

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directoryFd, string path, int flags, uint mask, out StatxBuffer buffer);

    /// <summary>The fields of <c>struct statx</c> this probe reads, at their fixed offsets (linux/stat.h).</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(40)]
        public ulong Size;

        [FieldOffset(136)]
        public uint DeviceMajor;

        [FieldOffset(140)]
        public uint DeviceMinor;
    }
}
