import { Link } from 'react-router';

export default function Home() {
  return (
    <main>
      <h1>react-fastpass-qrcode on React Router</h1>
      <p>Two personal-center pages, each showing the signed-in user&apos;s Fastpass QR code, prefetched by the route loader.</p>
      <nav>
        <Link to="/account">The token as a prop</Link>
        <Link to="/account/bff">The token on the server</Link>
      </nav>
    </main>
  );
}
