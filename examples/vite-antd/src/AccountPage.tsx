import { Button, Card, Descriptions, Layout, Space, Switch, Typography } from 'antd';
import { FastpassQRCode } from 'react-fastpass-qrcode';
import { useAntdFastpassTheme } from './useAntdFastpassTheme';

/** Only the card's props come from antd here: the library itself knows nothing of antd. */
function FastpassCard() {
  const themeProps = useAntdFastpassTheme();
  return <FastpassQRCode {...themeProps} />;
}

export function AccountPage({ dark, onDarkChange }: { dark: boolean; onDarkChange: (dark: boolean) => void }) {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0, color: '#fff' }}>
          个人中心
        </Typography.Title>
        <Space>
          <Typography.Text style={{ color: '#fff' }}>深色模式</Typography.Text>
          <Switch checked={dark} onChange={onDarkChange} aria-label="深色模式" />
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 720 }}>
          <Card title="账号信息" extra={<Button type="primary">编辑资料</Button>}>
            <Descriptions column={1}>
              <Descriptions.Item label="用户名">张三</Descriptions.Item>
              <Descriptions.Item label="邮箱">zhangsan@example.com</Descriptions.Item>
              <Descriptions.Item label="手机">138****0000</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title="快速认证" extra={<Typography.Text type="secondary">用 Authing 令牌扫码</Typography.Text>}>
            <FastpassCard />
          </Card>
        </Space>
      </Layout.Content>
    </Layout>
  );
}
