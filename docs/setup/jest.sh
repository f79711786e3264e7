# A React app whose Fastpass page is tested with Jest 30, jsdom and Testing Library against the mock Authing.
npm init -y
npm install react-fastpass-qrcode @tanstack/react-query react react-dom
npm install -D typescript@6 @types/react @types/react-dom
npm install -D jest@30 jest-environment-jsdom@30 jest-fixed-jsdom babel-jest@30 @babel/core@7 @babel/preset-env@7 \
  @babel/preset-react@7 @babel/preset-typescript@7 msw@2 @testing-library/react @testing-library/dom \
  @testing-library/jest-dom@6 @testing-library/user-event @jest/globals@30
npm pkg set scripts.test="jest"
npm pkg set scripts.typecheck="tsc --noEmit"
