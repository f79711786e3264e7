import { Nav } from './nav';

export default function Home() {
  return (
    <main>
      <h1>react-fastpass-qrcode on the Next.js App Router</h1>
      <p>Four personal-center pages, each showing the signed-in user&apos;s Fastpass QR code.</p>
      <Nav />
    </main>
  );
}
