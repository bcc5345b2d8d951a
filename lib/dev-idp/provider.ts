// oidc-provider configuration mimicking the national SSO (VNeID via the national
// public-service portal) closely enough for the app's next-auth "vneid" provider:
// authorization code + PKCE (S256) + state + nonce, one confidential client, the claims
// named as the national SSO names them, acr LoA1/LoA2.

import Provider, { interactionPolicy, type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import { claimsOf, LOA_VALUES, personalIdOf, type IdentityStore, type LoA } from "./identities";
import { errorPage, loggedOutPage, logoutPage } from "./pages";

export type DevIdpProviderOptions = {
  issuer: string;
  appUrl: string;
  clientId: string;
  clientSecret: string;
  jwks: { keys: NonNullable<Configuration["jwks"]>["keys"] };
  store: IdentityStore;
};

/** Claim names grouped by the scope that releases them. */
const CLAIMS_BY_SCOPE = {
  // The personal ID and LoA come with "openid" alone: the app links accounts by SoDinhDanh,
  // so it must never be missing just because a scope was left out of the request. "acr"
  // here puts the level in every ID token, not only when acr_values was sent.
  openid: ["sub", "SoDinhDanh", "loAs", "acr"],
  profile: [
    "name",
    "HoVaTen",
    "NgayThangNamSinh",
    "GioiTinh",
    "ThuongTru",
    "MaSoThue",
    "MaSoDoanhNghiep",
    "TenDoanhNghiep",
  ],
  email: ["email", "ThuDienTu"],
  phone: ["phone_number", "SoDienThoai"],
};

/** Dev-only policy: always show the identity picker, even when an IdP session exists. */
function devPolicy() {
  const policy = interactionPolicy.base();
  // Without this, the second sign-in in the same browser silently reuses the previous
  // person, which makes switching between a citizen and a staff member confusing.
  policy
    .get("login")!
    .checks.add(
      new interactionPolicy.Check("dev_choose_identity", "choose an identity on every sign-in", (ctx) =>
        ctx.oidc.result?.login ? interactionPolicy.Check.NO_NEED_TO_PROMPT : interactionPolicy.Check.REQUEST_PROMPT,
      ),
    );
  return policy;
}

/**
 * First-party client: consent is implied. Every authorization gets a grant covering what it
 * asked for, so oidc-provider never needs the "consent" prompt.
 */
async function grantEverythingRequested(ctx: KoaContextWithOIDC) {
  const { oidc } = ctx;
  const { Grant } = oidc.provider;
  const accountId = oidc.account!.accountId;
  const clientId = oidc.client!.clientId;
  const grantId = oidc.result?.consent?.grantId ?? oidc.session!.grantIdFor(clientId);
  const existing = grantId ? await Grant.find(grantId) : undefined;
  // The picker lets the same browser switch person; a grant of the previous one is not reused.
  const grant = existing?.accountId === accountId ? existing : new Grant({ clientId, accountId });
  grant.addOIDCScope([...oidc.requestParamOIDCScopes].join(" "));
  if (oidc.requestParamClaims.size) grant.addOIDCClaims([...oidc.requestParamClaims]);
  await grant.save();
  return grant;
}

export function createProvider({
  issuer,
  appUrl,
  clientId,
  clientSecret,
  jwks,
  store,
}: DevIdpProviderOptions): Provider {
  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        client_name: "Cổng dịch vụ công tỉnh Tây Ninh",
        redirect_uris: [`${appUrl}/api/auth/callback/vneid`],
        post_logout_redirect_uris: [appUrl],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
        // auth_time in every ID token: the portal's administrators' step-up reads it.
        require_auth_time: true,
      },
    ],
    // Both accepted whatever the client metadata says (next-auth uses basic by default).
    clientAuthMethods: ["client_secret_basic", "client_secret_post"],
    responseTypes: ["code"],
    pkce: { required: () => true }, // oidc-provider 9 only implements S256, so that is enforced too.
    jwks,
    claims: CLAIMS_BY_SCOPE,
    // next-auth reads the profile from the ID token, so scope claims must be in it as well.
    conformIdTokenClaims: false,
    acrValues: [...LOA_VALUES],
    async findAccount(_ctx, sub) {
      const personalId = personalIdOf(sub);
      const identity = personalId ? await store.find(personalId) : undefined;
      if (!identity) return undefined;
      return { accountId: sub, claims: () => claimsOf(identity) as { sub: string } };
    },
    loadExistingGrant: grantEverythingRequested,
    interactions: {
      policy: devPolicy(),
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false }, // we render our own page (interactions.ts)
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = "html";
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = "html";
          ctx.body = loggedOutPage();
        },
      },
    },
    // The app talks to this provider from its server, never from browser scripts.
    clientBasedCORS: () => false,
    renderError: (ctx, out) => {
      ctx.type = "html";
      ctx.body = errorPage(`Lỗi: ${out.error}`, out.error_description);
    },
    // Explicit lifetimes (seconds); defaults would work but oidc-provider logs a notice for each.
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 3600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
  };
  return new Provider(issuer, configuration);
}

/**
 * The login result for a chosen identity at the level the tester chose on the page (level 2 when
 * none or an unknown one was sent). Whatever the app asked in acr_values: the app checks the
 * level it gets, as it must with the national SSO.
 */
export function loginResult(sub: string, level: unknown) {
  const acr: LoA = (LOA_VALUES as readonly unknown[]).includes(level) ? (level as LoA) : "LoA2";
  return { login: { accountId: sub, acr } };
}
