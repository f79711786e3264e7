// @ts-check
// The one realistic fixture, for tests, stories and the bench (plain JS, so that the bench's Node scripts
// import it too). A code as a real Authing application answers it: https photo URLs of about 120
// characters (Authing's file CDN with a user-pool and a content hash in the path), Chinese display names,
// 24-hex ids. Its payload is 578 bytes: QR version 19 at level M, the density a real code has to scan at.

/** @type {import('../../src/api/schemas').FastpassQrcodeInfo} */
export const REALISTIC_INFO = {
  scene: 'FASTPASS',
  qrcodeId: '6650f1c2d3e4a5b6c7d8e9f0',
  apiHost: 'https://sso-personal-center.authing.cn',
  user: {
    id: '6650a1b2c3d4e5f60718293a',
    displayName: '欧阳晓明',
    photo: 'https://files.authing.co/user-contents/photos/6650a0b1c2d3e4f5a6b7c8d9/avatar/3f9a2c1b-7d4e-4c1a-9b2f-8e6d5a4c3b21.png',
  },
  appId: '6650a0ffb1c2d3e4f5a6b7c8',
  userpool: {
    id: '6650a0b1c2d3e4f5a6b7c8d9',
    displayName: '北京示例科技有限公司 员工身份池',
    photo: 'https://files.authing.co/user-contents/photos/6650a0b1c2d3e4f5a6b7c8d9/logo/c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f.png',
  },
};
