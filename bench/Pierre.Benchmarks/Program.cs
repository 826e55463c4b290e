using BenchmarkDotNet.Running;

namespace Pierre.Benchmarks;

internal static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
