using StatementKit.Neural.Tagging;

namespace StatementKit.Neural.Tests.Decoding;

public sealed class WindowTests
{
    [Theory]
    [InlineData(1, 254, 32)]
    [InlineData(254, 254, 32)]
    [InlineData(255, 254, 32)]
    [InlineData(10_000, 254, 32)]
    [InlineData(1000, 30, 0)]
    public void Windows_cover_every_piece_and_overlap_as_asked(int pieces, int window, int overlap)
    {
        var starts = EncoderTagger.WindowStarts(pieces, window, overlap);
        Assert.Equal(0, starts[0]);
        Assert.True(starts[^1] + window >= pieces);
        for (var i = 1; i < starts.Count; i++)
        {
            Assert.True(starts[i] > starts[i - 1]);
            Assert.True(starts[i] <= starts[i - 1] + window - overlap, "no gap and at least the overlap");
        }
    }
}
