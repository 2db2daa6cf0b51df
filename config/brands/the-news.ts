import type { Brand } from '../types'

export const theNews = {
  id: 'the-news',
  name: 'The News',
  url: 'https://www.thenews.mx',
} as const satisfies Brand
