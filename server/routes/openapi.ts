import swagger from '@fastify/swagger';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { errorAnswer } from '../../domain/contracts/common';
import type { Policy } from '../auth/actor';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth/plugin';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Where a deployment is reached when the document is read offline; served, it names the host that served it. */
const DEFAULT_SERVER = { url: 'http://localhost:3000', description: '本地运行（npm start）' };

/** The error answers a route can give, by what it is: what its policy and method let the error handler send. */
const ERROR_STATUSES = {
  public: { 400: '请求有误（字段错误见 details）', 401: '用户名或密码错误', 423: '账号已锁定' },
  read: { 400: '请求有误（字段错误见 details）', 401: '未登录或登录已超时', 403: '无权查看', 404: '不存在或无权查看' },
  write: {
    400: '请求有误（字段错误见 details）',
    401: '未登录或登录已超时',
    403: '无权操作或安全校验（CSRF）失败',
    404: '不存在或无权查看',
    409: '与他人的修改冲突（版本已变），或当前状态不允许此操作',
    413: '提交的内容过大',
    422: '不符合办理规则',
  },
} as const;

/**
 * The OpenAPI document (GET /api/openapi.json): every operation with its answers, the
 * error answers, the session cookie and the CSRF header as security schemes, and a
 * server — what a standard client generator needs. Register before any route.
 */
export async function registerOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Jianyi 建议办理平台 API',
        version: '0.1.0',
        description:
          '代表建议提出、审核、交办、办理、答复、评价全流程接口。登录（POST /api/auth/login）后，会话在 Cookie 中；改变数据的请求须在请求头中带登录时返回的 csrfToken。',
        license: { name: 'UNLICENSED', url: 'https://spdx.org/licenses/' },
      },
      servers: [DEFAULT_SERVER],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: '登录后服务器设置的会话 Cookie（HttpOnly）' },
          csrf: { type: 'apiKey', in: 'header', name: CSRF_HEADER, description: '登录或 GET /api/auth/me 返回的 csrfToken，改变数据的请求必须携带' },
          platformKey: {
            type: 'apiKey',
            in: 'header',
            name: 'X-Api-Key',
            description: '12345 平台的接口密钥（由市长热线办或管理员签发），用于推送代表来电工单',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (doc) => withoutUnusedSchemas(jsonSchemaTransformObject(doc) as OpenApiObject) as ReturnType<typeof jsonSchemaTransformObject>,
  });
  app.addHook('onRoute', (route) => documentRoute(route));
  app.get('/api/openapi.json', { config: { policy: 'public' }, schema: { hide: true } }, async (req) => {
    const doc = app.swagger();
    // Served: the server is the one the reader reached (behind a proxy, its forwarded host).
    return { ...doc, servers: [{ url: `${req.protocol}://${req.host}`, description: '本服务' }] };
  });
}

type OpenApiObject = { components?: { schemas?: Record<string, unknown> } } & Record<string, unknown>;

/**
 * Named schemas (`.meta({ id })`) are emitted twice, as input and output; the document keeps
 * those an operation refers to (an error schema is only ever an output).
 */
function withoutUnusedSchemas(doc: OpenApiObject): OpenApiObject {
  const schemas = doc.components?.schemas;
  if (!schemas) return doc;
  const text = JSON.stringify({ ...doc, components: { ...doc.components, schemas: undefined } });
  const used = Object.fromEntries(Object.entries(schemas).filter(([name]) => text.includes(`"#/components/schemas/${name}"`)));
  return { ...doc, components: { ...doc.components, schemas: used } };
}

/** Adds to an API route's schema the security it needs and its error answers (unless hidden). */
function documentRoute(route: RouteOptions) {
  const schema = route.schema as (Record<string, unknown> & { hide?: boolean; response?: Record<string, unknown> }) | undefined;
  if (!schema || schema.hide || !route.url.startsWith('/api/')) return;
  const policy: Policy | undefined = (route.config as { policy?: Policy } | undefined)?.policy;
  const methods = [route.method].flat();
  const writes = methods.some((m) => !SAFE_METHODS.has(m));
  // A public route a partner system calls with its own key (the 12345 platform): that key is its security.
  if (policy === 'public') schema.security = (route.config as { apiKey?: boolean } | undefined)?.apiKey ? [{ platformKey: [] }] : [];
  else schema.security = [writes ? { session: [], csrf: [] } : { session: [] }];
  const statuses = policy === 'public' ? ERROR_STATUSES.public : writes ? ERROR_STATUSES.write : ERROR_STATUSES.read;
  const response = (schema.response ??= {});
  for (const [status, description] of Object.entries({ ...statuses, 500: '服务器内部错误' })) {
    response[status] ??= { description, content: { 'application/json': { schema: errorAnswer } } };
  }
}
