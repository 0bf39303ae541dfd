export default defineBackground(() => {
  console.log('Bağlam background');
});
