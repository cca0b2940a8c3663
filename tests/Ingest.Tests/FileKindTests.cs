using System.Diagnostics;

namespace Extraction.Ingest.Tests;

/// <summary>Only regular files are read, each once: pipes and devices never block or flood a batch, link loops never repeat it.</summary>
public sealed class FileKindTests : IDisposable
{
    private readonly Scratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [LinuxFact]
    public void A_fifo_in_a_folder_is_skipped_with_the_reason_and_never_opened()
    {
        _scratch.Seed("a.txt");
        MakeFifo(_scratch.Path("pipe.html"));

        var items = InputReader.Read([_scratch.Dir]).ToList();

        Assert.Equal(2, items.Count);
        Assert.NotNull(items[0].Document);
        Assert.Equal(_scratch.Path("pipe.html"), items[1].Source);
        Assert.Contains("named pipe (FIFO), not a regular file", items[1].Error, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void A_fifo_named_on_the_command_line_is_refused_without_blocking()
    {
        var fifo = _scratch.Path("pipe.txt");
        MakeFifo(fifo);

        var item = Assert.Single(InputReader.Read([fifo]));

        Assert.Contains("not a regular file", item.Error, StringComparison.Ordinal);
    }

    [LinuxTheory]
    [InlineData("/dev/zero", "zero.html")]
    [InlineData("/dev/urandom", "random.txt")]
    public void A_link_to_a_device_is_skipped_naming_its_target(string device, string name)
    {
        _scratch.Seed("a.txt");
        File.CreateSymbolicLink(_scratch.Path(name), device);

        var items = InputReader.Read([_scratch.Dir]).ToList();

        var skipped = Assert.Single(items, i => i.Source == _scratch.Path(name));
        Assert.Contains($"a character device (a link to {device})", skipped.Error, StringComparison.Ordinal);
        Assert.Single(items, i => i.Document is not null);
    }

    [Fact]
    public void A_folder_link_loop_is_followed_once()
    {
        _scratch.Seed("a.txt");
        Directory.CreateDirectory(_scratch.Path("sub"));
        _scratch.Seed(Path.Combine("sub", "b.txt"), "002");
        Directory.CreateSymbolicLink(_scratch.Path("sub", "back"), _scratch.Dir);
        Directory.CreateSymbolicLink(_scratch.Path("self"), _scratch.Dir);

        var items = InputReader.Read([_scratch.Dir]).ToList();

        Assert.Equal([_scratch.Path("a.txt"), _scratch.Path("sub", "b.txt")], items.Select(i => i.Source));
        Assert.All(items, i => Assert.NotNull(i.Document));
    }

    [Fact]
    public void A_file_reached_through_a_link_as_well_is_read_once()
    {
        var real = _scratch.Seed("a.txt");
        File.CreateSymbolicLink(_scratch.Path("also-a.txt"), real);

        var items = InputReader.Read([_scratch.Dir]).ToList();

        Assert.Single(items);
    }

    [Fact]
    public void A_broken_link_with_an_input_name_is_reported()
    {
        File.CreateSymbolicLink(_scratch.Path("gone.html"), _scratch.Path("nowhere.html"));

        var item = Assert.Single(InputReader.Read([_scratch.Dir]));

        Assert.Contains("broken link", item.Error, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void A_file_whose_name_is_not_utf8_is_reported_asking_for_a_rename()
    {
        _scratch.Seed("a.txt");
        // Not expressible as a .NET string: the shell makes a name holding the Windows-1258 byte 0xF4 (ô).
        using (var touch = Process.Start(new ProcessStartInfo("bash", ["-c", "cd \"$1\" && cp a.txt \"$(printf 'h\\xf4i.txt')\"", "_", _scratch.Dir]) { UseShellExecute = false })!)
        {
            touch.WaitForExit();
            Assert.Equal(0, touch.ExitCode);
        }

        var items = InputReader.Read([_scratch.Dir]).ToList();

        Assert.Equal(2, items.Count);
        Assert.Single(items, i => i.Document is not null);
        Assert.Contains(items, i => i.Error?.Contains("not valid UTF-8", StringComparison.Ordinal) == true);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
