import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { forwardRef, useState } from 'react';
import { FastpassProvider, FastpassQRCode, type FastpassQRCodeProps } from '../../src';
import './personalCenter.css';

export interface PersonalCenterProfile {
  name: string;
  username: string;
  email: string;
  phone: string;
  photo: string;
  userpool: string;
}

export interface PersonalCenterPageProps {
  /** The Authing application's host. */
  appHost: string;
  /** The Authing application id. */
  appId: string;
  /** The signed-in user's access token; `null` when signed out. */
  accessToken: string | null;
  /** Who is signed in, as the page's own back end knows them. */
  profile: PersonalCenterProfile;
  /** Props for the Fastpass card, as the page would set them. */
  fastpass?: Partial<FastpassQRCodeProps>;
}

/**
 * A realistic account page (个人中心) with the Fastpass card dropped in the way an application would:
 * QueryClientProvider → FastpassProvider → FastpassQRCode, in the security section.
 */
export const PersonalCenterPage = forwardRef<HTMLDivElement, PersonalCenterPageProps>(function PersonalCenterPage(
  { appHost, appId, accessToken, profile, fastpass },
  ref,
) {
  const [queryClient] = useState(() => new QueryClient());
  const [completedAt, setCompletedAt] = useState<string>();

  return (
    <div className="pc" lang="zh-CN" ref={ref}>
      <header className="pc-topbar">
        <span className="pc-brand">Acme 云</span>
        <nav aria-label="主导航" className="pc-topnav">
          <a href="#console">控制台</a>
          <a href="#billing">费用</a>
          <a href="#help">帮助</a>
        </nav>
        <span className="pc-topbar__user">{profile.name}</span>
      </header>

      <div className="pc-layout">
        <nav aria-label="个人中心菜单" className="pc-sidenav">
          <a href="#pc-profile">基本资料</a>
          <a href="#pc-security" aria-current="page">
            账号安全
          </a>
          <a href="#pc-devices">登录设备</a>
        </nav>

        <main className="pc-main">
          <h1>个人中心</h1>

          <section className="pc-card" aria-labelledby="pc-profile">
            <h2 id="pc-profile">基本资料</h2>
            <div className="pc-profile">
              <img className="pc-profile__photo" src={profile.photo} alt="" width={64} height={64} />
              <dl className="pc-fields">
                <dt>姓名</dt>
                <dd>{profile.name}</dd>
                <dt>用户名</dt>
                <dd>{profile.username}</dd>
                <dt>邮箱</dt>
                <dd>{profile.email}</dd>
                <dt>手机号</dt>
                <dd>{profile.phone}</dd>
                <dt>所属用户池</dt>
                <dd>{profile.userpool}</dd>
              </dl>
            </div>
          </section>

          <section className="pc-card" aria-labelledby="pc-security">
            <h2 id="pc-security">账号安全</h2>
            <ul className="pc-settings">
              <li>
                <div>
                  <h3>登录密码</h3>
                  <p>上次修改于 2024 年 3 月 12 日</p>
                </div>
                <button type="button" className="pc-button">
                  修改密码
                </button>
              </li>
              <li>
                <div>
                  <h3>多因素认证</h3>
                  <p>已开启：短信验证码</p>
                </div>
                <button type="button" className="pc-button">
                  管理
                </button>
              </li>
              <li className="pc-fastpass">
                <div>
                  <h3>快速认证</h3>
                  <p>打开手机上的 Authing 令牌扫描二维码，无需输入密码即可完成身份确认。</p>
                  {completedAt && (
                    <p className="pc-success" role="status">
                      快速认证已完成（{completedAt}）
                    </p>
                  )}
                </div>
                <QueryClientProvider client={queryClient}>
                  <FastpassProvider appHost={appHost} appId={appId} accessToken={accessToken} lang="zh-CN">
                    <FastpassQRCode
                      colorScheme="light"
                      // An account page mints the credential only when the person asks for it.
                      generate="on-demand"
                      {...fastpass}
                      onAuthorized={(status, identity) => {
                        setCompletedAt(new Date().toLocaleTimeString('zh-CN', { hour12: false }));
                        fastpass?.onAuthorized?.(status, identity);
                      }}
                    />
                  </FastpassProvider>
                </QueryClientProvider>
              </li>
            </ul>
          </section>

          <section className="pc-card" aria-labelledby="pc-devices">
            <h2 id="pc-devices">登录设备</h2>
            <ul className="pc-devices">
              <li>MacBook Pro · Chrome · 上海 · 当前设备</li>
              <li>iPhone 15 · Authing 令牌 · 上海 · 2 小时前</li>
            </ul>
          </section>
        </main>
      </div>
    </div>
  );
});
