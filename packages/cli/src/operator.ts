import { can, variantParam, type PermissionId } from '@ipcounty/domain';
import {
  AppError,
  commandLineAccount,
  countyChoicesOf,
  countyRepository,
  operatorCountyId,
  operatorUser,
  type ActingUser,
  type AuditActor,
  type CommandLineAccount,
  type CountyContext,
} from '@ipcounty/server';

type Account = CommandLineAccount['account'];

/**
 * Who runs a command line, and in which county (the rules of `counties/county-of-request.ts`).
 *
 * - The installation's operator (no `--as`): whoever runs `ipcounty` on the server owns the
 *   installation. It acts in any county: `--county`, else the COUNTY setting, else the only one.
 * - An account (`--as LOGIN`): a user of one county, exactly as when they sign in to the web app.
 *   Every command is checked against the permission its route declares, in the account's county
 *   alone (a provincial office of the installation reads the others, as on the web); what
 *   belongs to the whole installation (backup, restore, serve) is refused to any account.
 */
export interface Operator {
  /** The account of `--as`; null for the installation's operator. */
  account: Account | null;
  /** The user a command runs as: the account, else the operator holding the roles given. */
  user(roles: readonly string[]): ActingUser;
  /** The county the operation acts in, the county named (`--county`) checked by the resolver. */
  county(named: string | undefined): Promise<string>;
  /** The counties the operator reaches: every one loaded, or the account's own and its choices. */
  counties(): Promise<string[]>;
  /** Refuses an account whose roles lack the permission (as the route declaring it would). */
  require(permission: PermissionId): void;
}

/** The login of `--as LOGIN` / `--as=LOGIN`, wherever it stands on the command line. */
export function asOption(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--as') value = argv[i + 1] ?? '';
    else if (arg.startsWith('--as=')) value = arg.slice('--as='.length);
  });
  return value;
}

/** Refuses what belongs to the whole installation when an account runs it. */
export function refuseAccount(login: string | undefined): void {
  if (login !== undefined)
    throw new AppError(403, 'forbidden', 'This belongs to the whole installation: only the operator of the server runs it', undefined, { [variantParam]: 'installation-operator' });
}

const forbidden = () => new AppError(403, 'forbidden', 'You do not have permission to do this');

/** The operator of a command line run `--as login` (undefined: the installation's operator). */
export async function operatorOf(ctx: CountyContext, actor: AuditActor, login: string | undefined): Promise<Operator> {
  if (login === undefined)
    return {
      account: null,
      user: (roles) => operatorUser(actor, roles),
      county: (named) => operatorCountyId(ctx, named),
      counties: () => countyRepository.ids(ctx.handle.db),
      require: () => undefined,
    };
  const { account, user } = await commandLineAccount(ctx.handle, login, actor);
  return {
    account,
    user: () => user,
    county: (named) => operatorCountyId(ctx, named, account),
    counties: async () => [account.countyId, ...(await countyChoicesOf(ctx.handle.db, ctx.config.COUNTY, account))],
    require: (permission) => {
      if (!can(user.principal, permission)) throw forbidden();
    },
  };
}
