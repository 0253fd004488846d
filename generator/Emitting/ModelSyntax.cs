using System.Collections.Generic;
using System.Text;
using OpenApiGen.Generator.Model;
using OpenApiGen.Generator.Naming;

namespace OpenApiGen.Generator.Emitting;

/// <summary>The C# pieces of a generated record's JSON converter, called from the converter template.</summary>
internal static class ModelSyntax
{
    // Names the converter methods use themselves, so property locals must avoid them.
    private static readonly HashSet<string> ReservedLocals = new()
    {
        "reader", "writer", "value", "options", "typeToConvert", "propertyName", "additionalProperties", "pair",
    };

    public static string LocalName(PropertyModel property)
    {
        var name = Identifier.Camel(property.Name);

        // Identifier.Pascal keeps only letters and digits, plus a leading underscore before a digit, so a local
        // with a trailing underscore (value_) cannot equal another property's local (valueValue).
        return ReservedLocals.Contains(name) ? name + "_" : name;
    }

    public static string LocalType(PropertyModel property) =>
        property.TracksPresence ? PresenceType(property) : CSharpSyntax.TypeName(property.Type.AsNullable());

    /// <summary>
    /// The backing field of a property that tracks presence: <c>_</c> and the camel-case name. Property names
    /// start with an upper-case letter or with <c>_</c> and a digit, so no field name equals a property name.
    /// </summary>
    public static string PresenceField(PropertyModel property) =>
        "_" + Identifier.Camel(property.Name).TrimStart('@');

    public static string PresenceType(PropertyModel property) =>
        $"global::OpenApiGen.Runtime.JsonOptional<{CSharpSyntax.TypeName(property.Type)}>";

    /// <summary>The member the converter's initializer sets: the backing field when the property tracks presence.</summary>
    public static string AssignTarget(PropertyModel property) =>
        property.TracksPresence ? PresenceField(property) : property.Name;

    /// <summary>The expression that reads a property's value, marked as set when the property tracks presence.</summary>
    public static string ReadValue(PropertyModel property)
    {
        var read = CSharpSyntax.ReadNullable(property.Type, castNull: false);
        return property.TracksPresence ? $"new({read})" : read;
    }

    /// <summary>The initializer value; a missing required property fails with a message naming it.</summary>
    public static string AssignValue(PropertyModel property, string typeName)
    {
        if (property.DefaultValue is not null)
        {
            return property.WriteOnly ? DefaultValue(property) : $"{LocalName(property)} ?? {DefaultValue(property)}";
        }

        var isRequiredValue = property.Required && !property.Type.Nullable;
        if (property.WriteOnly || property.HoldsFiles)
        {
            return isRequiredValue ? "default!" : "default";
        }

        var local = LocalName(property);
        if (!isRequiredValue)
        {
            return local;
        }

        var type = TextEscaping.Literal(typeName);
        var jsonName = TextEscaping.Literal(property.JsonName);
        return $"{local} ?? throw global::OpenApiGen.Runtime.JsonRead.MissingProperty({type}, {jsonName})";
    }

    /// <summary>
    /// The expression of a property's default value: a string, number or boolean literal, or an enum struct
    /// created from a string.
    /// </summary>
    public static string DefaultValue(PropertyModel property) =>
        CSharpSyntax.ConstantLiteral(property.Type, property.DefaultValue!);

    /// <summary>The statements that write one property, indented for the converter's method body.</summary>
    public static string WriteProperty(PropertyModel property, string typeName)
    {
        const string Indent = "        ";
        var builder = new StringBuilder();
        var writeName = $"writer.WritePropertyName({TextEscaping.Literal(property.JsonName)});";
        if (!property.Type.Nullable)
        {
            var source = "value." + property.Name;
            if (property.WriteOnly && !CSharpSyntax.IsValueType(property.Type))
            {
                // Reading leaves a write-only property null, so sending a record read from a response names it.
                var type = TextEscaping.Literal(typeName);
                var jsonName = TextEscaping.Literal(property.JsonName);
                source = $"({source} ?? throw global::OpenApiGen.Runtime.JsonWrite.MissingWriteOnly({type}, {jsonName}))";
            }

            builder.Append(Indent).Append(writeName).Append('\n');
            builder.Append(Indent).Append(CSharpSyntax.WriteStatement(property.Type, source));
            return builder.ToString();
        }

        var local = LocalName(property);
        var write = CSharpSyntax.WriteStatement(property.Type with { Nullable = false }, local);
        builder.Append(Indent).Append($"if (value.{property.Name} is {{ }} {local})\n");
        builder.Append(Indent).Append("{\n");
        builder.Append(Indent).Append("    ").Append(writeName).Append('\n');
        builder.Append(Indent).Append("    ").Append(write).Append('\n');
        builder.Append(Indent).Append('}');
        if (property.Required || property.TracksPresence)
        {
            // A required property that is null, or an optional one that was set to null, is sent as JSON null
            // rather than left out.
            var condition = property.Required ? string.Empty : $" if (value.{PresenceField(property)}.IsSet)";
            builder.Append('\n').Append(Indent).Append("else").Append(condition).Append('\n');
            builder.Append(Indent).Append("{\n");
            builder.Append(Indent).Append("    ").Append(writeName).Append('\n');
            builder.Append(Indent).Append("    writer.WriteNullValue();\n");
            builder.Append(Indent).Append('}');
        }

        return builder.ToString();
    }

    /// <summary>Writes a value that may be null, such as a dictionary entry.</summary>
    public static string WriteNullable(TypeRef type, string value)
    {
        if (!type.Nullable)
        {
            return CSharpSyntax.WriteStatement(type, value);
        }

        var plain = CSharpSyntax.IsValueType(type) ? value + ".Value" : value;
        var write = CSharpSyntax.WriteStatement(type with { Nullable = false }, plain);
        return $"if ({value} is null) {{ writer.WriteNullValue(); }} else {{ {write} }}";
    }
}
