// The part of the Frictionless Data JavaScript library (datapackage on npm, no types of its own) the tests use.
declare module 'datapackage' {
  interface Resource {
    readonly name: string;
    readonly tabular: boolean;
    readonly descriptor: { path: string; schema?: { fields: { name: string; type: string }[] } };
    read(options?: { keyed?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]>;
  }
  interface Package {
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: Record<string, unknown>;
    readonly resources: Resource[];
  }
  const datapackage: {
    /** A descriptor object or the path or URL of a datapackage.json; `basePath` resolves the resources' paths. */
    Package: { load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package> };
  };
  export default datapackage;
}
