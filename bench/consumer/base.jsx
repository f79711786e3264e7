// The app without Fastpass: the baseline every other entry is compared with.
import { mountAccountPage } from './shell.jsx';

mountAccountPage(null);
