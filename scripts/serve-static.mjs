// `npm run serve:static`: nginx in the foreground on $PORT (default 8080; $HOST to listen on one address only)
// serving out/ with the server block of deploy/nginx.conf (written here by the same function, for this root, port and
// FRAME_ANCESTORS). Unprivileged: its pid, temp files and config live in a temp folder, removed when it stops (Ctrl-C,
// or SIGTERM).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nginxServerBlock } from './deploy-files.mjs';

const NGINX = process.env.NGINX_BIN || '/usr/sbin/nginx';
// Debian's libnginx-mod-http-brotli-static (scripts/ensure-system-packages.sh): serves the .br files build:static writes.
const BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const brotli = existsSync(BROTLI);
const port = Number(process.env.PORT || 8080);
const root = path.resolve(process.env.STATIC_DIR || 'out');

if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`No static build in ${root}: run \`npm run build:static\` first.`);
  process.exit(1);
}

const work = mkdtempSync(path.join(tmpdir(), 'eu-ai-factories-nginx-'));
const temp = (name) => path.join(work, name);
writeFileSync(temp('server.conf'), nginxServerBlock({ root, listen: process.env.HOST ? `${process.env.HOST}:${port}` : port, frameAncestors: process.env.FRAME_ANCESTORS }));
writeFileSync(
  temp('nginx.conf'),
  `${brotli ? `load_module ${BROTLI};\n` : ''}daemon off;
worker_processes ${process.env.NGINX_WORKERS || 'auto'};
pid ${temp('nginx.pid')};
error_log stderr warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    ${brotli ? 'brotli_static on;' : '# no brotli_static module: gzip only'}
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 10000;
    client_body_temp_path ${temp('client-body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
    include ${temp('server.conf')};
}
`,
);

// -e stderr: nginx opens its default error log before reading the config, which an unprivileged user cannot.
const nginx = spawn(NGINX, ['-p', work, '-c', temp('nginx.conf'), '-e', 'stderr'], { stdio: 'inherit' });
console.log(`nginx serving ${path.relative(process.cwd(), root) || '.'} on http://${process.env.HOST || '127.0.0.1'}:${port}/ (Ctrl-C stops it)`);

const cleanUp = () => rmSync(work, { recursive: true, force: true });
// SIGQUIT is nginx's graceful stop; Ctrl-C also reaches nginx itself (same process group), which stops at once.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => nginx.kill('SIGQUIT'));
nginx.on('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 0 : 1));
});
nginx.on('error', (error) => {
  console.error(`Could not start ${NGINX}: ${error.message} (scripts/ensure-system-packages.sh nginx installs it).`);
  cleanUp();
  process.exit(1);
});
