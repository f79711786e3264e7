# A Vite app on React 18 and Ant Design 5 with react-fastpass-qrcode and Playwright tests.
npm init -y
npm install react-fastpass-qrcode @tanstack/react-query react@18 react-dom@18 antd@5
npm install -D vite@8 @vitejs/plugin-react typescript@6 @types/react@18 @types/react-dom@18 @types/node@20
npm install -D msw@2 @playwright/test
npm pkg set scripts.dev="node dev.mjs"
npm pkg set scripts.build="tsc --noEmit && vite build"
npm pkg set scripts.preview="vite preview"
npm pkg set scripts.test="playwright test"
