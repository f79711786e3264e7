# A Next.js 16 App Router app with react-fastpass-qrcode, iron-session for its backend for frontend, and Playwright tests.
npm init -y
npm install react-fastpass-qrcode @tanstack/react-query next@16 react react-dom iron-session@8
npm install -D typescript@6 @types/react @types/react-dom @types/node@20
npm install -D msw@2 @playwright/test
npm pkg delete type
npm pkg set scripts.dev="node dev.mjs"
npm pkg set scripts.build="next build"
npm pkg set scripts.start="next start"
npm pkg set scripts.typecheck="tsc --noEmit"
npm pkg set scripts.test="playwright test"
