import { ApiError, describeApiError } from '../../api/client.ts';

/** Explains a failed request; anything else is a bug and is reported as such. */
export function QueryError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <div role="alert">
      <p className="body">
        {error instanceof ApiError
          ? describeApiError(error)
          : 'Something went wrong in this page. Reload it to try again.'}
      </p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
