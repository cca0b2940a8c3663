using System.Text;
using Extraction.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
var console = new CliConsole(Console.Out, Console.Error, !Console.IsOutputRedirected);
return AgreementsCli.Run(args, console);
