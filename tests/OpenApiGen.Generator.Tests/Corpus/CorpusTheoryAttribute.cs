using System;
using Xunit;

namespace OpenApiGen.Generator.Tests.Corpus;

/// <summary>A theory over the spec corpus, skipped with instructions when no corpus folder is configured.</summary>
/// <remarks>xunit 2 has no dynamic skip, so the constructor sets <see cref="FactAttribute.Skip"/>.</remarks>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (CorpusFolder.Path is null)
        {
            Skip = $"Set {CorpusFolder.Variable} to a folder of OpenAPI documents (.yaml, .yml or .json) to run "
                + "the corpus test.";
        }
    }
}
