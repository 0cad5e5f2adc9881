using System.Text;
using System.Text.Unicode;

namespace StatementKit.JsonContract;

/// <summary>
/// Decodes an article's bytes as the CLI reads a file: UTF-8 (a byte-order mark is dropped), UTF-16 and UTF-32 by their
/// byte-order marks, and a legacy 8-bit text (Windows-1252) when the bytes are mostly but not wholly valid UTF-8; binary
/// data is refused. Shared by the CLI and the worker's queue, so an article read from a file or from a stream entry
/// gives the same text and the same record.
/// </summary>
public static class ArticleBytes
{
    /// <summary>The share of undecodable or control bytes above which data is taken as binary.</summary>
    public const double BinaryByteRatio = 0.10;

    static ArticleBytes() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text of the bytes, or null when they are binary.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]))
        {
            return new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetString(bytes[4..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            return new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetString(bytes[4..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        // No text format puts NUL bytes in text; executables, images and archives all do.
        if (bytes.Contains((byte)0))
        {
            return null;
        }

        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        return SuspiciousBytes(bytes) > bytes.Length * BinaryByteRatio ? null : Encoding.GetEncoding(1252).GetString(bytes);
    }

    /// <summary>Bytes that are neither valid UTF-8 nor text: invalid sequences, and control bytes other than white space.</summary>
    private static int SuspiciousBytes(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done || (rune.Value < 0x20 && rune.Value is not ('\t' or '\n' or '\r' or '\f' or '\v')))
            {
                count += consumed;
            }

            bytes = bytes[consumed..];
        }

        return count;
    }
}
