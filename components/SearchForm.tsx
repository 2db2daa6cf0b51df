import { t } from '@/config/site'
import styles from './SearchForm.module.css'

/** A plain GET form: search works with JavaScript off. */
export function SearchForm({
  id,
  label,
  defaultValue = '',
  size = 'compact',
}: {
  id: string
  /** Names the search landmark; two on one page need different names. */
  label: string
  defaultValue?: string
  size?: 'compact' | 'large'
}) {
  return (
    <form
      className={`${styles.form} ${size === 'large' ? styles.large : ''}`}
      role="search"
      aria-label={label}
      action="/search"
      method="get"
    >
      <label htmlFor={id} className="visually-hidden">
        {t.search.fieldLabel}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={t.search.fieldLabel}
        maxLength={200}
        autoComplete="off"
      />
      <button type="submit">{t.search.button}</button>
    </form>
  )
}
