import { handleFastpassRequest } from '../fastpassRequestHandler.server';
import type { Route } from './+types/fastpass';

// A resource route (no component): GET …/get-app-login-qrcode-status and POST …/gene-fastpass-qrcode-info
// under /api/fastpass go to the handler as the Web Request they are.
export const loader = ({ request }: Route.LoaderArgs) => handleFastpassRequest(request);
export const action = ({ request }: Route.ActionArgs) => handleFastpassRequest(request);
