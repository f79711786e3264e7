import { theme } from 'antd';
import type { FastpassQRCodeProps } from 'react-fastpass-qrcode';

/**
 * Ant Design's theme tokens as <FastpassQRCode> props, so that the card follows the ConfigProvider above
 * it: brand colour, radius, font, surfaces and light or dark.
 */
export function useAntdFastpassTheme(): Pick<FastpassQRCodeProps, 'accentColor' | 'radius' | 'colorScheme' | 'theme'> {
  const { token } = theme.useToken();
  return {
    accentColor: token.colorPrimary,
    radius: token.borderRadius,
    // antd's dark algorithm paints containers dark; reading the token also follows a nested ConfigProvider.
    colorScheme: isDark(token.colorBgContainer) ? 'dark' : 'light',
    theme: {
      fontFamily: token.fontFamily,
      background: token.colorBgContainer,
      foreground: token.colorText,
      muted: token.colorTextDescription, // what antd gives <Typography.Text type="secondary">
      surface: token.colorFillTertiary,
      border: token.colorBorderSecondary, // what antd's own Card draws its border with
      accentForeground: token.colorTextLightSolid,
      danger: token.colorError,
      success: token.colorSuccess,
    },
  };
}

/** Whether a `#rrggbb` colour (antd's container tokens are) is dark. */
function isDark(color: string): boolean {
  const hex = /^#([0-9a-f]{6})/i.exec(color)?.[1];
  if (hex === undefined) return false;
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r! + 0.587 * g! + 0.114 * b! < 128;
}
