namespace OpenApiGen.Generator.Tests;

/// <summary>The specs that the union tests generate clients from.</summary>
internal static class UnionSpecs
{
    /// <summary>
    /// Discriminated oneOf with an explicit mapping (a full reference and a bare schema name), the inheritance
    /// form with a nested subtype, a discriminated oneOf that contains the inheritance base, a string-or-object
    /// union, an anyOf of objects, and nullable unions.
    /// </summary>
    public const string Polymorphism = """
        openapi: 3.0.3
        info: { title: Zoo, version: "1" }
        paths:
          /pets:
            post:
              operationId: addPet
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: "#/components/schemas/PetChoice" }
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: "#/components/schemas/Owner" }
        components:
          schemas:
            PetChoice:
              oneOf:
                - { $ref: "#/components/schemas/Cat" }
                - { $ref: "#/components/schemas/Dog" }
              discriminator:
                propertyName: petType
                mapping:
                  cat: "#/components/schemas/Cat"
                  dog: Dog
            Pet:
              type: object
              required: [petType, name]
              properties:
                petType: { type: string }
                name: { type: string }
              discriminator: { propertyName: petType }
            Cat:
              allOf:
                - { $ref: "#/components/schemas/Pet" }
                - type: object
                  properties:
                    lives: { type: integer, format: int32 }
            Dog:
              allOf:
                - { $ref: "#/components/schemas/Pet" }
                - type: object
                  required: [bark]
                  properties:
                    bark: { type: boolean }
            Lion:
              allOf:
                - { $ref: "#/components/schemas/Cat" }
                - type: object
                  properties:
                    mane: { type: string }
            Fish:
              type: object
              required: [petType]
              properties:
                petType: { type: string }
                fins: { type: integer }
            Animal:
              oneOf:
                - { $ref: "#/components/schemas/Pet" }
                - { $ref: "#/components/schemas/Fish" }
              discriminator: { propertyName: petType }
            Customer:
              type: object
              required: [id]
              properties:
                id: { type: string }
                email: { type: string }
            Company:
              type: object
              required: [id, vat]
              properties:
                id: { type: string }
                vat: { type: string }
            Owner:
              type: object
              properties:
                pet: { $ref: "#/components/schemas/Pet" }
                pets:
                  type: array
                  items: { $ref: "#/components/schemas/Pet" }
                customer:
                  anyOf:
                    - { type: string }
                    - { $ref: "#/components/schemas/Customer" }
                party:
                  anyOf:
                    - { $ref: "#/components/schemas/Customer" }
                    - { $ref: "#/components/schemas/Company" }
                code:
                  nullable: true
                  oneOf:
                    - { type: string }
                    - { type: integer }
                tags:
                  oneOf:
                    - { type: string }
                    - { type: array, items: { type: string } }
                    - { type: object, additionalProperties: { type: integer } }
        """;

    /// <summary>
    /// OpenAPI 3.1 type arrays with null, <c>const</c> values of several formats, and oneOfs with a null alternative.
    /// </summary>
    public const string TypeArrays = """
        openapi: 3.1.0
        info: { title: Mixed, version: "1" }
        paths:
          /values:
            get:
              operationId: getValues
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: "#/components/schemas/Values" }
        components:
          schemas:
            Values:
              type: object
              required: [kind, amount]
              properties:
                kind: { const: values }
                amount: { type: [string, number, "null"] }
                flag:
                  oneOf:
                    - { type: boolean }
                    - { type: "null" }
                    - { type: string, format: date-time }
            Fixed:
              type: object
              properties:
                maybe: { oneOf: [{ const: null }, { type: integer }] }
                listedNull: { anyOf: [{ enum: [null] }, { type: string }] }
                stamp: { type: string, format: date-time, const: "2024-01-02T03:04:05-05:00" }
                token: { type: string, format: uuid, const: 0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9 }
                day: { type: string, format: date, const: "2024-01-31" }
                loose: { type: string, format: date-time, const: "2024-01-02T03:04:05" }
        """;

    /// <summary>
    /// Alternatives that reading must tell apart by more than the JSON token: arrays of different records, a middle
    /// subtype of an inheritance tree, one-value alternatives, numeric discriminators and formatted strings next to
    /// plain ones.
    /// </summary>
    public const string Choices = """
        openapi: 3.1.0
        info: { title: Choices, version: "1" }
        paths: {}
        components:
          schemas:
            Kitten:
              type: object
              required: [kind]
              properties:
                kind: { type: string, enum: [kitten] }
                name: { type: string }
                lives: { type: integer }
            Puppy:
              type: object
              required: [kind]
              properties:
                kind: { type: string, enum: [puppy] }
                name: { type: string }
                bark: { type: boolean }
            Litter:
              type: object
              properties:
                young:
                  oneOf:
                    - { type: array, items: { $ref: "#/components/schemas/Kitten" } }
                    - { type: array, items: { $ref: "#/components/schemas/Puppy" } }
            Animal:
              type: object
              required: [species]
              properties:
                species: { type: string }
              discriminator: { propertyName: species }
            Bird:
              allOf:
                - { $ref: "#/components/schemas/Animal" }
                - type: object
                  properties:
                    wingspan: { type: number }
            Parrot:
              allOf:
                - { $ref: "#/components/schemas/Bird" }
                - type: object
                  properties:
                    words: { type: array, items: { type: string } }
            Aviary:
              type: object
              properties:
                favourite: { $ref: "#/components/schemas/Bird" }
                resident: { $ref: "#/components/schemas/Animal" }
            Setting:
              type: object
              properties:
                size:
                  oneOf:
                    - { type: string, enum: [auto] }
                    - { type: integer }
                mode:
                  oneOf:
                    - { const: fast }
                    - { type: integer }
                    - { const: 7 }
            Circle:
              type: object
              required: [shape]
              properties:
                shape: { type: integer }
                radius: { type: number }
            Square:
              type: object
              required: [shape]
              properties:
                shape: { type: integer }
                side: { type: number }
            Shape:
              oneOf:
                - { $ref: "#/components/schemas/Circle" }
                - { $ref: "#/components/schemas/Square" }
              discriminator:
                propertyName: shape
                mapping:
                  "1": "#/components/schemas/Circle"
                  "2": "#/components/schemas/Square"
            Team:
              type: object
              required: [lead]
              properties:
                lead: { oneOf: [{ type: string }, { type: integer }] }
                members:
                  type: array
                  items: { oneOf: [{ type: string }, { type: integer }] }
                deputy: { oneOf: [{ type: string }, { type: integer }] }
            Formats:
              type: object
              properties:
                when: { oneOf: [{ type: string, format: date-time }, { type: string }] }
                id: { oneOf: [{ type: string, format: uuid }, { type: string }] }
                day: { oneOf: [{ type: string, format: date }, { type: string }] }
                clock: { oneOf: [{ type: string, format: time }, { type: string }] }
                span: { oneOf: [{ type: string, format: duration }, { type: string }] }
                one: { oneOf: [{ type: integer, enum: [1] }, { type: string }] }
                count: { anyOf: [{ type: integer }, { type: number }] }
                tags: { oneOf: [{ type: array, items: { type: string } }, { type: string }] }
            Vehicle:
              type: object
              required: [vtype]
              properties:
                vtype: { type: integer }
              discriminator:
                propertyName: vtype
                mapping:
                  "1": "#/components/schemas/Car"
                  "2": "#/components/schemas/Truck"
            Car:
              allOf:
                - { $ref: "#/components/schemas/Vehicle" }
                - type: object
                  properties:
                    seats: { type: integer }
            Truck:
              allOf:
                - { $ref: "#/components/schemas/Car" }
                - type: object
                  properties:
                    load: { type: integer }
            Garage:
              type: object
              properties:
                vehicle: { $ref: "#/components/schemas/Vehicle" }
        """;
}
