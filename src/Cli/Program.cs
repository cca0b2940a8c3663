using System.Text;
using Extraction.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
// Progress is drawn on stderr, so whether stderr is a terminal decides it; stdout may be a pipe.
var console = new CliConsole(Console.Out, Console.Error, !Console.IsErrorRedirected);
return AgreementsCli.Run(args, console);
