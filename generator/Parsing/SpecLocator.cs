using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// Maps JSON pointers to positions in the spec text. OpenAPI.NET reports problems by pointer only, so this
/// walk over YamlDotNet's event stream (which also reads JSON) supplies the line and column.
/// </summary>
internal sealed partial class SpecLocator
{
    /// <summary>
    /// The maximum nesting level of a node, counting the root as level 1 and scalars as a level. Deeper documents
    /// are rejected instead of risking a stack overflow inside the compiler. OpenAPI.NET 3.11.1's YAML reader
    /// accepts at most this limit, and its JSON reader is given it (see <see cref="DeepJsonReader"/>).
    /// </summary>
    // NOTE: a YAML alias can repeat its anchored node deeper than the file nests it. OpenAPI.NET reports such a
    // document without a place, so that diagnostic stays at the start of the file.
    public const int MaxDepth = 256;

    // An alias can lead into a node that contains another alias. YAML forbids cycles, so this only bounds the walk.
    private const int MaxAliasHops = 64;

    private readonly string _filePath;
    private readonly Dictionary<string, (Mark Start, Mark End)> _positions = new(StringComparer.Ordinal);
    private readonly List<ReferenceSite> _references = new();
    private readonly Dictionary<string, string> _collectionFormats = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonSchemaType> _constTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nullableMarks = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nullTypeMarks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _parameterNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fileTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _parameterPlaces = new(StringComparer.Ordinal);
    private Dictionary<string, ReferenceSite>? _referencesByOwner;
    private readonly Dictionary<string, string> _anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);

    private SpecLocator(string filePath)
    {
        _filePath = filePath;
    }

    public string FilePath => _filePath;

    /// <summary>True when the root mapping has an <c>openapi</c> or <c>swagger</c> key.</summary>
    public bool HasVersionKey { get; private set; }

    /// <summary>True when the root mapping has a <c>swagger</c> key, so the document is Swagger 2.0.</summary>
    public bool IsSwagger2 { get; private set; }

    /// <summary>
    /// Returns the Swagger 2.0 <c>collectionFormat</c> of the parameter object at <paramref name="pointer"/>, or
    /// null. OpenAPI.NET maps it to a style but leaves explode at the form default, which makes csv look like
    /// multi, so the generator reads the original value here.
    /// </summary>
    public string? CollectionFormat(string pointer) =>
        Find(_collectionFormats, pointer, out var format) ? format : null;

    /// <summary>
    /// Returns the <c>name</c> of the object at <paramref name="pointer"/> when it is an entry of a
    /// <c>parameters</c> list or map, or null. OpenAPI.NET turns Swagger 2.0 formData parameters into body
    /// properties, so their definitions, and the collectionFormat there, are found by name.
    /// </summary>
    public string? ParameterName(string pointer) =>
        Find(_parameterNames, pointer, out var name) ? name : null;

    /// <summary>
    /// Returns the <c>in</c> of the object at <paramref name="pointer"/> when it is an entry of a
    /// <c>parameters</c> list or map, such as <c>formData</c>, or null.
    /// </summary>
    public string? ParameterPlace(string pointer) =>
        Find(_parameterPlaces, pointer, out var place) ? place : null;

    /// <summary>The <c>in</c> of every entry of a <c>parameters</c> list or map, by the entry's pointer.</summary>
    public IReadOnlyDictionary<string, string> ParameterPlaces => _parameterPlaces;

    /// <summary>Returns whether the object at <paramref name="pointer"/> has <c>type: file</c> (Swagger 2.0).</summary>
    public bool IsFileType(string pointer) => Find(_fileTypes, pointer);

    /// <summary>
    /// Returns the pointer of the first object whose <c>collectionFormat</c> is <paramref name="format"/>, in
    /// document order, or null.
    /// </summary>
    public string? FindCollectionFormat(string format)
    {
        string? first = null;
        foreach (var entry in _collectionFormats)
        {
            if (entry.Value == format
                && (first is null || _positions[entry.Key + "/collectionFormat"].Start.Index
                    < _positions[first + "/collectionFormat"].Start.Index))
            {
                first = entry.Key;
            }
        }

        return first;
    }

    /// <summary>
    /// Returns the JSON type of the scalar <c>const</c> of the schema at <paramref name="pointer"/>, or null when it
    /// has none. OpenAPI.NET 3.11 keeps a const only as text (true becomes "True"), so the type is read from the
    /// file: a quoted scalar is a string, and a plain one is a boolean, number or null when it reads as one.
    /// </summary>
    public JsonSchemaType? ConstType(string pointer) =>
        Find(_constTypes, pointer, out var type) ? type : (JsonSchemaType?)null;

    /// <summary>
    /// Returns whether the schema at <paramref name="pointer"/> has <c>nullable: true</c> in an OpenAPI 3.0 document,
    /// or a <c>type</c> with <c>null</c> in a later one. OpenAPI.NET 3.11 drops the first on a schema without a
    /// <c>type</c> (a nullable <c>anyOf</c>), and both next to a <c>$ref</c>, so the generator reads them from the
    /// file.
    /// </summary>
    public bool MarksNullable(string pointer)
    {
        if (OpenApiVersion is not { } version)
        {
            return false;
        }

        return version.StartsWith("3.0", StringComparison.Ordinal)
            ? Find(_nullableMarks, pointer)
            : Find(_nullTypeMarks, pointer);
    }

    /// <summary>The value of the root <c>openapi</c> key, such as <c>3.1.0</c>. Swagger 2.0 documents have none.</summary>
    public string? OpenApiVersion { get; private set; }

    /// <summary>
    /// The number of nodes written in the file: mappings, sequences, scalars and aliases, each alias counted once
    /// rather than expanded.
    /// </summary>
    public int NodeCount { get; private set; }

    /// <summary>
    /// Returns the pointer that the local <c>$ref</c> of the object at <paramref name="pointer"/> names, such as
    /// <c>/parameters/file</c>, or null when the object has none.
    /// </summary>
    public string? LocalReference(string pointer)
    {
        _referencesByOwner ??= _references
            .GroupBy(site => site.OwnerPointer, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        return Find(_referencesByOwner, pointer, out var site) && site.Target.StartsWith("#", StringComparison.Ordinal)
            ? Uri.UnescapeDataString(site.Target.Substring(1))
            : null;
    }

    /// <summary>Every <c>$ref</c> in the document, with the pointer of the object that contains it.</summary>
    public IReadOnlyList<ReferenceSite> References => _references;

    /// <summary>Reads the whole document; throws <see cref="YamlException"/> on a syntax error.</summary>
    public static SpecLocator Read(string filePath, string text)
    {
        var locator = new SpecLocator(filePath);
        var parser = new Parser(new StringReader(text));
        parser.Consume<StreamStart>();
        if (parser.TryConsume<DocumentStart>(out _))
        {
            locator.ReadNode(parser, string.Empty, depth: 0);
        }

        return locator;
    }

    /// <summary>Returns whether a pointer in escaped form (<c>/components/schemas/User</c>) names a node.</summary>
    public bool Contains(string pointer) => pointer.Length == 0 || _positions.ContainsKey(pointer);

    /// <summary>
    /// Locates a pointer, or the nearest enclosing node that exists, so a problem deep inside an inline value
    /// still points near it. Accepts pointers with or without the leading <c>#</c>. The root pointer, and one that
    /// names nothing in the file, is located at the start of the file, so every diagnostic names the spec.
    /// </summary>
    public SpecLocation Locate(string? pointer)
    {
        var current = (pointer ?? string.Empty).TrimStart('#');
        while (current.Length > 0)
        {
            if (_positions.TryGetValue(current, out var span))
            {
                return ToLocation(span.Start, span.End);
            }

            var slash = current.LastIndexOf('/');
            current = slash <= 0 ? string.Empty : current.Substring(0, slash);
        }

        return SpecLocation.FileStart(_filePath);
    }

    private SpecLocation ToLocation(Mark start, Mark end) => ToLocation(_filePath, start, end);

    /// <summary>Converts YamlDotNet's one-based marks into a zero-based location.</summary>
    public static SpecLocation ToLocation(string filePath, Mark start, Mark end)
    {
        var length = (int)Math.Max(0, end.Index - start.Index);
        return new SpecLocation(
            filePath,
            (int)start.Index,
            length,
            (int)start.Line - 1,
            (int)start.Column - 1,
            (int)end.Line - 1,
            (int)end.Column - 1);
    }

    private void ReadNode(IParser parser, string pointer, int depth)
    {
        // The root has depth 0, so a node's level is its depth plus one.
        if (depth >= MaxDepth)
        {
            var current = parser.Current;
            throw new YamlException(
                current?.Start ?? Mark.Empty,
                current?.End ?? Mark.Empty,
                $"The document nests deeper than {MaxDepth} levels.");
        }

        NodeCount++;
        if (parser.Current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            _anchors[anchored.Anchor.Value] = pointer;
        }

        if (parser.Current is AnchorAlias alias && _anchors.TryGetValue(alias.Value.Value, out var anchorPointer))
        {
            _aliases[pointer] = anchorPointer;
        }

        if (parser.TryConsume<MappingStart>(out _))
        {
            ReadMapping(parser, pointer, depth);
        }
        else if (parser.TryConsume<SequenceStart>(out _))
        {
            ReadSequence(parser, pointer, depth);
        }
        else
        {
            // A scalar or an alias: nothing below it to index.
            parser.MoveNext();
        }
    }

    private void ReadMapping(IParser parser, string pointer, int depth)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (!parser.TryConsume<Scalar>(out var key))
            {
                // A complex key (a mapping used as a key) cannot appear in OpenAPI; skip the key and its value.
                ReadNode(parser, pointer, depth + 1);
                ReadNode(parser, pointer, depth + 1);
                continue;
            }

            var childPointer = pointer + "/" + EscapeSegment(key.Value);
            if (!keys.Add(key.Value))
            {
                RecordDuplicateKey(pointer, key, _positions[childPointer].Start);
            }

            _positions[childPointer] = (key.Start, key.End);
            RecordBooleanSchema(childPointer, parser.Current);
            if (depth == 0 && (key.Value == "openapi" || key.Value == "swagger"))
            {
                HasVersionKey = true;
                IsSwagger2 |= key.Value == "swagger";
                if (key.Value == "openapi" && parser.Current is Scalar version)
                {
                    OpenApiVersion = version.Value;
                }
            }

            if (key.Value == "collectionFormat" && parser.Current is Scalar format)
            {
                _collectionFormats[pointer] = format.Value;
            }

            if (key.Value == "nullable" && parser.Current is Scalar { Value: "true" })
            {
                _nullableMarks.Add(pointer);
            }

            if (key.Value == "name" && parser.Current is Scalar parameterName && IsParameterEntry(pointer))
            {
                _parameterNames[pointer] = parameterName.Value;
            }

            if (key.Value == "in" && parser.Current is Scalar place && IsParameterEntry(pointer))
            {
                _parameterPlaces[pointer] = place.Value;
            }

            if (key.Value == "type" && parser.Current is Scalar { Value: "null" })
            {
                _nullTypeMarks.Add(pointer);
            }

            if (key.Value == "type" && parser.Current is Scalar { Value: "file" })
            {
                _fileTypes.Add(pointer);
            }

            if (key.Value == "const" && parser.Current is Scalar constant)
            {
                _constTypes[pointer] = ScalarType(constant);
            }

            if (key.Value == "$ref" && parser.Current is Scalar target)
            {
                _references.Add(new ReferenceSite(target.Value, pointer, ToLocation(target.Start, target.End)));
            }

            ReadNode(parser, childPointer, depth + 1);
        }
    }

    private void ReadSequence(IParser parser, string pointer, int depth)
    {
        var index = 0;
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            var childPointer = pointer + "/" + index.ToString(CultureInfo.InvariantCulture);
            var current = parser.Current!;
            _positions[childPointer] = (current.Start, current.End);
            RecordBooleanSchema(childPointer, current);
            RecordBlankTag(pointer, childPointer, current);
            if (current is Scalar { Value: "null" } && pointer.EndsWith("/type", StringComparison.Ordinal))
            {
                // A type list with "null" (OpenAPI 3.1) marks its schema nullable, like 3.0's nullable: true.
                _nullTypeMarks.Add(pointer.Substring(0, pointer.Length - "/type".Length));
            }

            ReadNode(parser, childPointer, depth + 1);
            index++;
        }
    }

    /// <summary>Returns whether the pointer's parent segment is <c>parameters</c>.</summary>
    private static bool IsParameterEntry(string pointer)
    {
        var last = pointer.LastIndexOf('/');
        return last > 0 && pointer.Substring(0, last).EndsWith("/parameters", StringComparison.Ordinal);
    }

    private static JsonSchemaType ScalarType(Scalar scalar)
    {
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonSchemaType.String;
        }

        var text = scalar.Value;
        if (text is "true" or "false" or "True" or "False" or "TRUE" or "FALSE")
        {
            return JsonSchemaType.Boolean;
        }

        if (text is "null" or "Null" or "NULL" or "~" or "")
        {
            return JsonSchemaType.Null;
        }

        var styles = NumberStyles.AllowLeadingSign;
        if (long.TryParse(text, styles, CultureInfo.InvariantCulture, out _))
        {
            return JsonSchemaType.Integer;
        }

        var isNumber = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        return isNumber ? JsonSchemaType.Number : JsonSchemaType.String;
    }

    /// <summary>Escapes a key as a JSON pointer segment (RFC 6901).</summary>
    public static string EscapeSegment(string key) => key.Replace("~", "~0").Replace("/", "~1");
}
