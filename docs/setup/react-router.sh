# A React Router 7 app (framework mode, server rendering) with react-fastpass-qrcode and Playwright tests.
npm init -y
npm install react-fastpass-qrcode @tanstack/react-query react react-dom \
  react-router@7 @react-router/node@7 @react-router/serve@7 isbot@5
npm install -D @react-router/dev@7 vite@8 typescript@6 @types/react @types/react-dom @types/node@20
npm install -D msw@2 @playwright/test
npm pkg set scripts.dev="node dev.mjs"
npm pkg set scripts.build="react-router build"
npm pkg set scripts.start="react-router-serve ./build/server/index.mjs"
npm pkg set scripts.typecheck="react-router typegen && tsc --noEmit"
npm pkg set scripts.test="playwright test"
