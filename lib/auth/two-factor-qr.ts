// The QR code of an enrolment, drawn on the server as inline SVG (no script, no request for an image).
import QRCode from 'qrcode';
import { totpUri } from './two-factor';

export function enrolmentQrSvg(secret: string, username: string): Promise<string> {
  return QRCode.toString(totpUri(secret, username), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
