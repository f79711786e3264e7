# A React app whose Fastpass page is tested with Vitest 4, jsdom and Testing Library against the mock Authing.
npm init -y
npm install react-fastpass-qrcode @tanstack/react-query react react-dom
npm install -D typescript@6 @types/react @types/react-dom
npm install -D vitest@4 jsdom @vitejs/plugin-react msw@2 @testing-library/react @testing-library/dom \
  @testing-library/jest-dom@6
npm pkg set scripts.test="vitest run"
npm pkg set scripts.typecheck="tsc --noEmit"
