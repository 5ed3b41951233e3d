import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { dtoJsonSchema } from './dto-json-schema.js';
import { compileDtoSerializer } from './dto-serializer.js';

class Item {
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer' }) count!: number;
}

class Base {
  @ApiProperty() id!: string;
}

class Sample extends Base {
  @ApiProperty({ nullable: true, type: Number }) value!: number | null;
  @ApiProperty({ type: [Item] }) items!: Item[];
  @ApiPropertyOptional({ type: () => Item, nullable: true }) item?: Item | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty() flag!: boolean;
}

const sample: Sample = {
  id: 'a',
  value: 1.5,
  items: [{ name: 'x', count: 2 }],
  item: null,
  tags: ['t'],
  flag: true,
};

describe('compileDtoSerializer', () => {
  const serialize = compileDtoSerializer(Sample);

  it('reads the properties in declaration order, the parent class first; required: those before an optional one', () => {
    const schema = dtoJsonSchema(Sample) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(['id', 'value', 'items', 'item', 'tags', 'flag']);
    // fast-json-stringify writes required properties first: marking tags and flag would move them up.
    expect(schema.required).toEqual(['id', 'value', 'items']);
  });

  it('writes what JSON.stringify writes: order, nulls, absent optional properties, numbers', () => {
    const values: Sample[] = [
      sample,
      { ...sample, value: null, item: { name: 'y', count: 3 } },
      { ...sample, item: undefined, value: -0, items: [] },
      { ...sample, value: 0.1 + 0.2, items: [{ name: 'é"\\\n😀', count: 1e21 }] },
    ];
    for (const value of values) expect(serialize(value)).toBe(JSON.stringify(value));
  });

  it('falls back to JSON.stringify where compiled code would differ or throw', () => {
    const odd = [
      { ...sample, value: Number.NaN },
      { ...sample, value: Number.POSITIVE_INFINITY },
      { ...sample, items: [{ name: 'x', count: 1.5 }] },
      { ...sample, id: undefined },
      { ...sample, flag: null, tags: null },
      { ...sample, id: 7 },
    ] as unknown as Sample[];
    for (const value of odd) expect(serialize(value)).toBe(JSON.stringify(value));
  });

  it('refuses a DTO whose shape it cannot describe exactly', () => {
    class Untyped {
      @ApiProperty({ type: Object }) anything!: unknown;
    }
    class Composed {
      @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'number' }] }) either!: string | number;
    }
    expect(() => dtoJsonSchema(Untyped)).toThrow('Untyped.anything');
    expect(() => dtoJsonSchema(Composed)).toThrow('Composed.either: oneOf');
    expect(() => dtoJsonSchema(class Bare {})).toThrow('Bare has no @ApiProperty');
  });
});
