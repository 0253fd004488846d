using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>
/// An allOf with a oneOf part becomes a union of records that combine the other parts with each alternative;
/// checked by running the generated converters.
/// </summary>
public sealed class AllOfUnionTests
{
    private const string Namespace = "Generated.Tests.Shop.";

    private const string Spec = """
        openapi: 3.0.3
        info: { title: Shop, version: "1" }
        paths: {}
        components:
          schemas:
            Base:
              type: object
              required: [id]
              properties: { id: { type: string } }
            Card:
              type: object
              required: [last4]
              properties: { last4: { type: string } }
            Bank:
              type: object
              required: [iban]
              properties: { iban: { type: string } }
            Method:
              oneOf: [{ $ref: "#/components/schemas/Card" }, { $ref: "#/components/schemas/Bank" }]
            CardKind:
              type: object
              required: [kind, last4]
              properties: { kind: { type: string }, last4: { type: string } }
            BankKind:
              type: object
              required: [kind, iban]
              properties: { kind: { type: string }, iban: { type: string } }
            KindMethod:
              oneOf: [{ $ref: "#/components/schemas/CardKind" }, { $ref: "#/components/schemas/BankKind" }]
              discriminator:
                propertyName: kind
                mapping: { card: "#/components/schemas/CardKind", bank: "#/components/schemas/BankKind" }
            Payment:
              allOf:
                - { $ref: "#/components/schemas/Base" }
                - oneOf:
                    - { type: object, required: [amount], properties: { amount: { type: integer } } }
                    - { type: object, required: [note], properties: { note: { type: string } } }
            Charge:
              allOf:
                - { $ref: "#/components/schemas/Base" }
                - { $ref: "#/components/schemas/Method" }
              properties: { currency: { type: string } }
            Transfer:
              allOf:
                - { $ref: "#/components/schemas/Base" }
                - { $ref: "#/components/schemas/KindMethod" }
            Order:
              type: object
              properties:
                payment: { $ref: "#/components/schemas/Payment" }
                charge: { $ref: "#/components/schemas/Charge" }
                transfer: { $ref: "#/components/schemas/Transfer" }
                refund:
                  allOf:
                    - { $ref: "#/components/schemas/Base" }
                    - anyOf: [{ $ref: "#/components/schemas/Card" }, { $ref: "#/components/schemas/Bank" }]
        """;

    private static readonly Lazy<Assembly> Shop = new(() =>
        GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("shop.yaml", Spec)));

    [Fact]
    public void InlineOneOfReadsCombinedRecord()
    {
        const string json = """{"id":"p1","amount":5}""";

        var payment = Read("Payment", json);

        var record = Held(payment);
        Assert.Equal(Namespace + "Payment1", record.GetType().FullName);
        Assert.Equal("p1", Property(record, "Id"));
        Assert.Equal(5L, Property(record, "Amount"));
        Assert.Equal(json, Write("Payment", payment));
    }

    [Fact]
    public void InlineOneOfReadsSecondAlternative()
    {
        const string json = """{"id":"p2","note":"cash"}""";

        var record = Held(Read("Payment", json));

        Assert.Equal(Namespace + "Payment2", record.GetType().FullName);
        Assert.Equal("cash", Property(record, "Note"));
    }

    [Fact]
    public void ReferencedUnionReadsCombinedRecord()
    {
        const string json = """{"id":"c1","iban":"DE00","currency":"EUR"}""";

        var charge = Read("Charge", json);

        var record = Held(charge);
        Assert.Equal(Namespace + "ChargeBank", record.GetType().FullName);
        Assert.Equal("c1", Property(record, "Id"));
        Assert.Equal("DE00", Property(record, "Iban"));
        Assert.Equal("EUR", Property(record, "Currency"));
        Assert.Equal(json, Write("Charge", charge));
    }

    [Fact]
    public void DiscriminatorReadsMappedRecord()
    {
        const string json = """{"kind":"card","id":"t1","last4":"4242"}""";

        var transfer = Read("Transfer", json);

        var record = Held(transfer);
        Assert.Equal(Namespace + "TransferCardKind", record.GetType().FullName);
        Assert.Equal("t1", Property(record, "Id"));
        Assert.Equal("4242", Property(record, "Last4"));
        Assert.Equal("""{"id":"t1","kind":"card","last4":"4242"}""", Write("Transfer", transfer));
    }

    [Fact]
    public void UnknownDiscriminatorKeepsJson()
    {
        const string json = """{"kind":"cash","id":"t2"}""";

        var transfer = Read("Transfer", json);

        Assert.Equal(true, Property(transfer, "IsUnknown"));
        Assert.Equal(json, Write("Transfer", transfer));
    }

    [Fact]
    public void PropertyReadsCombinedRecord()
    {
        const string json = """{"transfer":{"kind":"bank","id":"t3","iban":"FR76"}}""";

        var order = Read("Order", json);

        var record = Held(Property(order, "Transfer")!);
        Assert.Equal(Namespace + "TransferBankKind", record.GetType().FullName);
        Assert.Equal("FR76", Property(record, "Iban"));
    }

    [Fact]
    public void InlineAnyOfPropertyReadsRecord()
    {
        const string json = """{"refund":{"id":"r1","last4":"1234"}}""";

        var order = Read("Order", json);

        var refund = Property(order, "Refund")!;
        Assert.Equal(Namespace + "OrderRefund", refund.GetType().FullName);
        var record = Held(refund);
        Assert.Equal(Namespace + "OrderRefundCard", record.GetType().FullName);
        Assert.Equal("r1", Property(record, "Id"));
        Assert.Equal("1234", Property(record, "Last4"));
        Assert.Equal(json, Write("Order", order));
    }

    [Fact]
    public void DiscriminatorCarriesMappedValues()
    {
        var (run, _) = GeneratorHarness.Run(new InMemoryAdditionalText("shop.yaml", Spec));
        var converter = run.Results.Single().GeneratedSources
            .Single(source => source.HintName.EndsWith(".TransferJsonConverter.g.cs", StringComparison.Ordinal))
            .SourceText.ToString();

        Assert.Contains("JsonUnion.FindProperty(reader, \"kind\")", converter);
        Assert.Contains("case \"card\":", converter);
        Assert.Contains("case \"bank\":", converter);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data")]
    public void DistributedBodyCompiles(string mediaType)
    {
        var spec = $$"""
            openapi: 3.0.3
            info: { title: Pay, version: "1" }
            paths:
              /payments:
                post:
                  operationId: createPayment
                  requestBody:
                    required: true
                    content:
                      {{mediaType}}:
                        schema: { $ref: "#/components/schemas/Payment" }
                  responses:
                    "204": { description: Created }
            components:
              schemas:
                Base:
                  type: object
                  properties: { id: { type: string } }
                Payment:
                  allOf:
                    - { $ref: "#/components/schemas/Base" }
                    - oneOf:
                        - { type: object, required: [amount], properties: { amount: { type: integer } } }
                        - { type: object, required: [note], properties: { note: { type: string } } }
            """;

        var (assembly, _) = GeneratorHarness.CompileAndLoadWithModel(new InMemoryAdditionalText("pay.yaml", spec));

        Assert.NotNull(assembly.GetType("Generated.Tests.Pay.PayClient"));
    }

    private static object Read(string typeName, string json) =>
        JsonSerializer.Deserialize(json, Shop.Value.GetType(Namespace + typeName, throwOnError: true)!)!;

    private static string Write(string typeName, object value) =>
        JsonSerializer.Serialize(value, Shop.Value.GetType(Namespace + typeName, throwOnError: true)!);

    private static object Held(object union) => Property(union, "Value")!;

    private static object? Property(object instance, string name) =>
        instance.GetType().GetProperty(name)!.GetValue(instance);
}
