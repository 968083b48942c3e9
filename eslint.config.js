import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'test-output/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  // Imports point one way: http -> render -> content -> release.
  layerRule('src/release/**', ['content', 'render', 'http'], 'the parser imports nothing of the layers above it'),
  layerRule('src/content/**', ['render', 'http'], 'the content store knows nothing of rendering or HTTP'),
  layerRule('src/render/**', ['http'], 'rendering knows nothing of HTTP'),
  {
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);

function layerRule(files, above, message) {
  return {
    files: [files],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: above.flatMap((layer) => [`**/${layer}/*`, `../${layer}/*`]), message }] }],
    },
  };
}
