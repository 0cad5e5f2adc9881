using System.Text;
using StatementKit.Cli;
using StatementKit.Cli.CommandLine;

// statementkit analyze [options] PATH...   (files, folders, or - for standard input; see --help)
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CliApplication.Run(args, CliConsole.FromSystemConsole());
