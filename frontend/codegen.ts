import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every operation in src/, generated from the public schema. A schema change
// that breaks an operation fails here (unknown field, wrong argument), and a change of a
// field's type fails `tsc --noEmit` where the UI uses it: both break `mvn verify`.
const config: CodegenConfig = {
  schema: '../schema/*.graphqls',
  documents: ['src/**/*.ts', 'src/**/*.tsx', '!src/gql/**'],
  ignoreNoDocuments: false,
  errorsOnly: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string' },
        strictScalars: true,
      },
    },
  },
};
export default config;
